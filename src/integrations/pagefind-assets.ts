import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';
import { packPagefindFile, unpackPagefindFile } from './pagefind-files';

/**
 * Shrinks what a first search downloads whatever the query: the Pagefind
 * module and its WebAssembly, together three quarters of those bytes, and the
 * text of each result. Pagefind ships pagefind.js with its whitespace removed
 * but its names intact, and gzips the WebAssembly with zlib's best level; a
 * full minification and Zopfli, which writes the same gzip format more
 * tightly, save about 2 KB and 3 KB. The WebAssembly is the same on every build
 * of one Pagefind version, so its Zopfli output is cached under the build cache.
 */
export async function shrinkPagefindAssets(pagefindDir: string, cacheDir: string): Promise<void> {
  const moduleFile = path.join(pagefindDir, 'pagefind.js');
  const source = readFileSync(moduleFile, 'utf8');
  const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2022', legalComments: 'inline' });
  writeFileSync(moduleFile, code);

  const entry = JSON.parse(readFileSync(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm?: string }>;
  };
  const wasms = new Set(Object.values(entry.languages).map((language) => language.wasm ?? 'unknown'));
  const cache = path.join(cacheDir, 'pagefind-zopfli');
  mkdirSync(cache, { recursive: true });
  for (const wasm of wasms) {
    const file = path.join(pagefindDir, `wasm.${wasm}.pagefind`);
    const gzipped = readFileSync(file);
    // Pagefind's signature and the WebAssembly after it stay exactly as they were; only the gzip changes.
    const contents = gunzipSync(gzipped);
    const cached = path.join(cache, `${createHash('sha256').update(contents).digest('hex')}.gz`);
    if (!existsSync(cached)) writeFileSync(cached, await gzipAsync(contents, { numiterations: 15 }));
    const smaller = readFileSync(cached);
    if (smaller.length < gzipped.length) writeFileSync(file, smaller);
  }
}

/**
 * Each result's text (a fragment) lists the page's headings with ids, from
 * which Pagefind builds links to sections ("sub-results"). The search dialog
 * shows none, and the list is a sixteenth of a fragment: drop it. A fragment of
 * another shape is left as it is.
 */
export function dropFragmentAnchors(pagefindDir: string): void {
  const dir = path.join(pagefindDir, 'fragment');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.pf_fragment'))) {
    const file = path.join(dir, name);
    const fragment = JSON.parse(new TextDecoder().decode(unpackPagefindFile(readFileSync(file), file))) as {
      url?: unknown;
      anchors?: unknown;
    };
    if (typeof fragment.url !== 'string' || !Array.isArray(fragment.anchors) || fragment.anchors.length === 0) continue;
    fragment.anchors = [];
    writeFileSync(file, packPagefindFile(new TextEncoder().encode(JSON.stringify(fragment))));
  }
}
