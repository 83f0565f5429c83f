import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decode, encode } from 'cborg';
import { packPagefindFile, unpackPagefindFile } from './pagefind-files';
import { chunkSizeFor, rechunkWords, type ChunkRange, type IndexWord } from '../lib/search/word-index-chunks';

/**
 * Re-cuts the word index Pagefind has written into smaller chunks
 * (src/lib/search/word-index-chunks.ts says why), rewrites the metadata that
 * lists them under a new name, and removes the chunks nothing lists any more.
 */

/** Decodes CBOR, and refuses data that would not encode back to the same bytes: a format this code does not know. */
function decodeExactly(cbor: Uint8Array, file: string): unknown {
  const value: unknown = decode(cbor);
  if (!Buffer.from(encode(value)).equals(cbor)) throw new Error(`${file} is in a format this version does not know`);
  return value;
}

const contentName = (language: string, bytes: Uint8Array, length: number) =>
  `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, length)}`;

interface Entry {
  languages: Record<string, { hash: string }>;
}

/**
 * Re-chunks every language's index under `pagefindDir` into chunks of at most
 * `maxBytes` (by default the size `chunkSizeFor` gives the index); returns how
 * many chunks replaced how many.
 */
export function rechunkPagefindIndex(pagefindDir: string, maxBytes?: number): { before: number; after: number } {
  const entryFile = path.join(pagefindDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  let before = 0;
  let after = 0;
  // Files nothing lists any more go last, once the new metadata and entry are written.
  const stale: string[] = [];
  for (const [language, index] of Object.entries(entry.languages)) {
    const metaFile = path.join(pagefindDir, `pagefind.${index.hash}.pf_meta`);
    // [version, pages, index chunks, filters, sorts, meta fields]: only the chunk list changes.
    const meta = decodeExactly(unpackPagefindFile(readFileSync(metaFile), metaFile), metaFile) as unknown[];
    const oldChunks = meta[2] as ChunkRange[];
    const chunkFile = (name: string) => path.join(pagefindDir, 'index', `${name}.pf_index`);
    // A chunk may be listed more than once (an index this code has already split): read each once.
    const oldFiles = [...new Set(oldChunks.map(([, , name]) => name))].map((name) => ({
      file: chunkFile(name),
      bytes: readFileSync(chunkFile(name)),
    }));
    const words = oldFiles.flatMap(({ file, bytes }) => (decodeExactly(unpackPagefindFile(bytes, file), file) as [IndexWord[]])[0]);
    const { files, ranges } = rechunkWords(
      words,
      { pack: (run) => packPagefindFile(encode([run])), name: (bytes) => contentName(language, bytes, 7) },
      { maxBytes: maxBytes ?? chunkSizeFor(oldFiles.reduce((sum, { bytes }) => sum + bytes.length, 0)) },
    );
    for (const file of files) writeFileSync(chunkFile(file.name), file.bytes);
    const kept = new Set(files.map((f) => f.name));
    stale.push(...oldChunks.filter(([, , name]) => !kept.has(name)).map(([, , name]) => chunkFile(name)));

    meta[2] = ranges;
    const metaBytes = packPagefindFile(encode(meta));
    const metaHash = contentName(language, metaBytes, 10);
    writeFileSync(path.join(pagefindDir, `pagefind.${metaHash}.pf_meta`), metaBytes);
    if (metaHash !== index.hash) stale.push(metaFile);
    index.hash = metaHash;
    before += oldFiles.length;
    after += files.length;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  for (const file of new Set(stale)) rmSync(file, { force: true });
  return { before, after };
}
