import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkedGlob, currentContentProblems } from '../../../src/lib/content/checked-collection';
import { issueSchema, termSchema } from '../../../src/lib/content/schemas';

/**
 * The loader in `astro dev`, around Astro's own glob loader, with the parts of Astro it talks to
 * stood in for: the store, and a watcher that reports only what the test says it reported.
 */
type DataEntry = Parameters<LoaderContext['store']['set']>[0];

const fixture = path.resolve(import.meta.dirname, '../../fixtures/content/valid');
let dir = '';
let watcher: EventEmitter & { add: () => void };
let store: Map<string, DataEntry>;

/** Reports an event as chokidar does: under its own name and under 'all'. */
function report(event: 'add' | 'change' | 'unlink', name: string): void {
  const file = path.join(dir, name);
  watcher.emit(event, file);
  watcher.emit('all', event, file);
}

function entryInfo(contents: string): { data: Record<string, unknown>; body: string } {
  const { frontmatter, content } = parseFrontmatter(contents);
  return { data: frontmatter, body: content };
}

async function startDev(collection: 'glossary' | 'issues'): Promise<void> {
  const root = pathToFileURL(`${dir}/`);
  const schema = collection === 'glossary' ? termSchema : issueSchema;
  const context = {
    collection,
    config: { root, srcDir: new URL('src/', root) },
    logger: { info() {}, warn() {}, error() {}, debug() {} },
    watcher,
    store: {
      get: (id: string) => store.get(id),
      set: (entry: DataEntry) => Boolean(store.set(entry.id, entry)),
      has: (id: string) => store.has(id),
      delete: (id: string) => void store.delete(id),
      keys: () => [...store.keys()],
      values: () => [...store.values()],
      entries: () => [...store.entries()],
      addModuleImport() {},
      addAssetImports() {},
    },
    generateDigest: (data: string) => createHash('sha256').update(data).digest('hex'),
    entryTypes: new Map(['.md', '.mdx'].map((ext) => [ext, { getEntryInfo: ({ contents }: { contents: string }) => entryInfo(contents) }])),
    parseData: async ({ data }: { data: unknown }) => schema.parse(data),
  } as unknown as LoaderContext;
  const loader = checkedGlob({ collection, base: dir, extensions: [collection === 'glossary' ? '.md' : '.mdx'], schema });
  await loader.load(context);
}

/** What a page would see of an entry: its name, or the problems it was stored with. */
function shown(id: string): unknown {
  const data = store.get(id)?.data;
  return data?.conundraUncheckedProblems ?? data?.term ?? data?.title;
}

async function eventually(id: string, expected: unknown): Promise<void> {
  await expect.poll(() => shown(id), { timeout: 5000, interval: 50 }).toEqual(expected);
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'checked-glob-'));
  watcher = Object.assign(new EventEmitter(), { add() {} });
  store = new Map();
});

afterEach(async () => {
  watcher.removeAllListeners();
  await rm(dir, { recursive: true, force: true });
});

describe('the checked glob loader in astro dev', () => {
  it('shows a save the watcher reported half-written, once the file is whole', async () => {
    await cp(path.join(fixture, 'glossary'), dir, { recursive: true });
    await startDev('glossary');
    const file = path.join(dir, 'parameter.md');
    const whole = readFileSync(file, 'utf8');
    expect(shown('parameter')).toBe('Parameter');

    // The editor's save, as the loader saw it: truncated, then written with no second report.
    await writeFile(file, '');
    report('change', 'parameter.md');
    await eventually('parameter', [expect.stringContaining('parameter.md:1: frontmatter: expected the file to start')]);
    await writeFile(file, whole.replace('term: Parameter', 'term: Model parameter'));

    currentContentProblems(); // a page asks for the content
    await eventually('parameter', 'Model parameter');
  });

  it('shows a file stored unchecked once another file clears its problem', async () => {
    await cp(path.join(fixture, 'issues'), dir, { recursive: true });
    const issue = readFileSync(path.join(dir, '0001-fixture.mdx'), 'utf8');
    // Sorted first, the rival takes the address /issues/fixture/.
    await writeFile(path.join(dir, '00001-fixture.mdx'), issue.replace('A valid fixture issue', 'A rival issue'));
    await startDev('issues');
    await eventually('0001-fixture', [expect.stringContaining('0001-fixture.mdx: file name: gives the address /issues/fixture/')]);

    await rm(path.join(dir, '00001-fixture.mdx'));
    report('unlink', '00001-fixture.mdx');
    await eventually('0001-fixture', 'A valid fixture issue');
  });
});
