import { gunzipSync, gzipSync, constants } from 'node:zlib';

/**
 * Pagefind's compressed files (metadata, index chunks, fragments, WebAssembly):
 * gzip of a signature and then the contents, which pagefind.js checks after
 * inflating (its `decompress`).
 */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** The contents of one of Pagefind's files, after its signature. */
export function unpackPagefindFile(file: Uint8Array, what: string): Uint8Array {
  const data = gunzipSync(file);
  if (!SIGNATURE.every((byte, i) => data[i] === byte)) throw new Error(`${what} does not start with Pagefind's signature`);
  return data.subarray(SIGNATURE.length);
}

/** A file as Pagefind writes them: signature and contents, gzipped at the best level. */
export function packPagefindFile(contents: Uint8Array): Uint8Array {
  return gzipSync(Buffer.concat([SIGNATURE, contents]), { level: constants.Z_BEST_COMPRESSION });
}
