import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { unified } from '@astrojs/markdown-remark';

type Processor = ReturnType<typeof unified>;
type MdxRenderer = Awaited<ReturnType<NonNullable<Processor['createMdxRenderer']>>>;
type MdxResult = Awaited<ReturnType<MdxRenderer['process']>>;

export interface MdxCacheOptions {
  /** Folder for the cached results; one JSON file per compiled source. */
  dir: string;
  /** A fingerprint of the pipeline's code and settings (see fingerprintFiles). */
  pipelineKey: string;
  /**
   * What else outside the file can change its compiled output, such as the
   * glossary that term links are checked against. Called once per file, so it
   * must be cheap.
   */
  inputsKey: () => string;
}

/**
 * Compiling MDX (remark, KaTeX, rehype, then MDX to JavaScript) is most of a
 * build's cost, and Vite repeats it for every issue on every build. This keeps
 * each compiled result on disk under a hash of the source, its path and the
 * pipeline, so a rebuild compiles only what changed. A file that fails to
 * compile is never cached, so its error shows on every build until fixed.
 */
export function withMdxCache(processor: Processor, options: MdxCacheOptions): Processor {
  // Astro keeps rendered Markdown (the glossary) until its config, serialised, changes; of the
  // processor it keeps only the options bag. Carrying the pipeline's fingerprint there makes a
  // change to a plugin's code count as a config change, so that Markdown is rendered afresh.
  Object.assign(processor.options, { cacheFingerprint: options.pipelineKey });
  const create = processor.createMdxRenderer?.bind(processor);
  if (!create) return processor;
  processor.createMdxRenderer = async (shared, mdx) => {
    const renderer = await create(shared, mdx);
    // Markdown options and source-map settings change the output too.
    const rendererKey = JSON.stringify([shared, mdx.optimize, mdx.sourcemap ?? false]);
    return {
      async process(content, filePath, frontmatter) {
        const key = createHash('sha256')
          .update(JSON.stringify([options.pipelineKey, options.inputsKey(), rendererKey, filePath, frontmatter, content]))
          .digest('hex');
        const file = path.join(options.dir, `${key}.json`);
        try {
          return JSON.parse(readFileSync(file, 'utf8')) as MdxResult;
        } catch {
          // Not cached yet (or unreadable): compile.
        }
        const result = await renderer.process(content, filePath, frontmatter);
        mkdirSync(options.dir, { recursive: true });
        // Write then rename, so a build stopped half-way never leaves a truncated entry.
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, JSON.stringify(result));
        renameSync(partial, file);
        return result;
      },
    };
  };
  return processor;
}

/** A hash of files and folders (recursively), for a pipeline key: its plugins' code and the lockfile. */
export function fingerprintFiles(paths: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (p: string): void => {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) add(path.join(p, name));
    } else {
      hash.update(p).update(readFileSync(p));
    }
  };
  paths.forEach(add);
  return hash.digest('hex');
}
