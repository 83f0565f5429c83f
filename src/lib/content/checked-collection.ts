/**
 * The glob loader with the site's content checks in front of it. Astro's own loader drops or
 * merges files in several ways without failing (two files with one address, a field it does not
 * know), and reports schema errors in a form editors cannot read. This loader reads every file of
 * the collection itself, runs the checks of checks.ts, and then:
 * - in a build, fails with every problem of every file, one line each;
 * - in `astro dev`, keeps the problems where the content queries find them, so the page being
 *   edited shows them instead of its last good version.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkCollection, type SourceFile } from './checks';
import { formatProblem, sortProblems, type ContentProblem } from './content-problem';
import type { CollectionName } from './reserved-routes';
import { ContentError } from './source-path';

const registryKey = Symbol.for('conundra.contentProblems');
interface Checked {
  problems: ContentProblem[];
  /** In `astro dev`, checks again when a file has changed since; the watcher's order of events is no guarantee. */
  current?: () => ContentProblem[];
}
type Registry = Map<CollectionName, Checked>;

/** Shared through globalThis: the loader runs in Astro's process, the queries in Vite's module graph. */
function registry(): Registry {
  const holder = globalThis as { [registryKey]?: Registry };
  holder[registryKey] ??= new Map();
  return holder[registryKey];
}

/** Every content problem the loaders found, one line each, in file order. */
export function currentContentProblems(): string[] {
  return sortProblems([...registry().values()].flatMap((c) => c.current?.() ?? c.problems)).map(formatProblem);
}

/** Throws the problems as one ContentError; `astro dev` shows it in its error overlay. */
export function throwOnContentProblems(): void {
  const lines = currentContentProblems();
  if (lines.length > 0) throw new ContentError(lines.join('\n'));
}

/**
 * In `astro dev`, a file with problems is stored as written, unchecked, with its problems beside
 * its data. Pages see the store a moment after the loader changes it, so a page can meet an entry
 * that the loader has since found clean (or broken): the entry, not the registry, says what it is.
 */
const UNCHECKED = 'conundraUncheckedProblems';

/** Throws the problems of any entry stored unchecked, before a page can use its data. */
export function throwOnUncheckedEntries(entries: readonly { data: object }[]): void {
  const lines = entries.flatMap((e) => (e.data as Record<string, unknown>)[UNCHECKED] ?? []) as string[];
  if (lines.length > 0) throw new ContentError(lines.join('\n'));
}

function collectionFiles(base: string, extensions: readonly string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(base, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .sort();
}

/** Names, sizes and modification times: what changes when an editor saves, adds or deletes a file. */
function signature(base: string, extensions: readonly string[]): string {
  return collectionFiles(base, extensions)
    .map((name) => {
      try {
        const stat = statSync(path.join(base, name));
        return `${name}:${stat.size}:${stat.mtimeMs}`;
      } catch {
        return name;
      }
    })
    .join('|');
}

function readCollection(base: string, extensions: readonly string[]): SourceFile[] {
  return collectionFiles(base, extensions)
    .map((relativePath) => {
      const full = path.join(base, relativePath);
      return { file: path.relative(process.cwd(), full) || full, relativePath, bytes: readFileSync(full) };
    });
}

/**
 * The digest the glob loader would give a file now, read again only when its size or time changed.
 * Both, because a save can truncate and write within one tick of the file system's clock.
 */
function diskDigests(generateDigest: LoaderContext['generateDigest']): (file: string) => string | undefined {
  const cache = new Map<string, { stamp: string; digest: string }>();
  return (file) => {
    try {
      const { size, mtimeMs } = statSync(file);
      const stamp = `${size}:${mtimeMs}`;
      const cached = cache.get(file);
      if (cached?.stamp === stamp) return cached.digest;
      const digest = generateDigest(readFileSync(file, 'utf8'));
      cache.set(file, { stamp, digest });
      return digest;
    } catch {
      return undefined;
    }
  };
}

/** How long the store may lag the disk before the glob loader is asked to read a file again. */
const LAG_MS = 1000;

export function checkedGlob(options: {
  collection: CollectionName;
  base: string;
  extensions: readonly string[];
  schema: z.ZodType;
}): Loader {
  const { collection, base, extensions, schema } = options;
  const pattern = extensions.length === 1 ? `**/*${extensions[0]}` : `**/*{${extensions.join(',')}}`;
  const inner = glob({ pattern, base });
  let checkedSignature = '';
  let lastProblems: ContentProblem[] = [];
  /** In `astro dev`: finds the entries the store holds out of step with their files, and mends them. */
  let followUp: ((problems: ContentProblem[]) => void) | undefined;
  const check = (live = false) => {
    const now = signature(base, extensions);
    if (now !== checkedSignature) {
      checkedSignature = now;
      lastProblems = checkCollection(collection, readCollection(base, extensions), schema);
    }
    registry().set(collection, { problems: lastProblems, ...(live && { current: () => recheck() }) });
    return lastProblems;
  };
  const recheck = () => {
    const problems = check(true);
    followUp?.(problems);
    return problems;
  };
  return {
    name: `conundra:${collection}`,
    load: async (context: LoaderContext) => {
      let loaded = false;
      const { watcher, store } = context;
      const live = watcher !== undefined;
      let problems = check(live);
      if (problems.length > 0 && !live) {
        throw new ContentError(sortProblems(problems).map(formatProblem).join('\n'));
      }
      if (watcher) {
        // The glob loader parses a file when the watcher reports a change, and the store can be
        // left out of step with the disk in two ways:
        // - a save seen half-written: the loader read the truncated file, and the watcher, which
        //   drops a second change within 50 ms, never reported the rest;
        // - a file stored unchecked that comes clean without changing (the file that took its
        //   address was renamed).
        // Such an entry is found on every save and every query. If it is still out of step a
        // second later, the glob loader is told to read the file again, and so until it is mended.
        const digestOnDisk = diskDigests(context.generateDigest);
        const root = fileURLToPath(context.config.root);
        let timer: NodeJS.Timeout | undefined;
        const outOfStep = (problems: ContentProblem[]) =>
          [...store.values()].flatMap((entry) => {
            if (!entry.filePath) return [];
            const file = path.resolve(root, entry.filePath);
            const onDisk = digestOnDisk(file);
            if (onDisk === undefined) return []; // deleted: the watcher's unlink removes it
            const comeClean = UNCHECKED in entry.data && !problems.some((p) => path.resolve(p.file) === file);
            return onDisk !== entry.digest || comeClean ? [{ entry, file, onDisk }] : [];
          });
        const mend = () => {
          timer = undefined;
          const problems = check(true);
          for (const { entry, file, onDisk } of outOfStep(problems)) {
            // The glob loader skips a file whose digest it already holds.
            if (onDisk === entry.digest) store.set({ ...entry, digest: `${onDisk}+recheck` });
            watcher.emit('change', file);
          }
          followUp?.(problems);
        };
        followUp = (problems) => {
          if (outOfStep(problems).length > 0) timer ??= setTimeout(mend, LAG_MS).unref();
        };
        watcher.on('all', (_event, changed) => {
          if (changed.startsWith(base)) recheck();
        });
      }
      await inner.load({
        ...context,
        parseData: async (entry) => {
          // A save in `astro dev`: the rest of the collection may have changed its mind too (an address now free).
          if (loaded) problems = check(live);
          const file = entry.filePath ? path.relative(process.cwd(), entry.filePath) : undefined;
          const found = problems.filter((p) => p.file === file);
          if (found.length > 0) return { ...entry.data, [UNCHECKED]: sortProblems(found).map(formatProblem) } as never;
          return context.parseData(entry);
        },
      });
      loaded = true;
    },
  };
}
