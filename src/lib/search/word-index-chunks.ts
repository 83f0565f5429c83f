/**
 * Splits Pagefind's word index into smaller chunks. Pagefind writes a site
 * this size as a handful of chunks of 25–30 KB gzipped and has no option for
 * their size; a search fetches every chunk its words fall in, so the first
 * query fetched more index than it needed. Build-time only, and pure: the
 * integration (src/integrations/pagefind-chunks.ts) reads and writes the files.
 *
 * The browser picks chunks by range (pagefind_web's `request_indexes`): for
 * each word of a query, and its stem, every chunk with `from ≤ word ≤ to`,
 * compared byte by byte. A word is also a prefix ("lear" finds "learn" and
 * "learner"), so a chunk must be picked for every prefix of the words it
 * holds, including those its first word shares with the chunk before it.
 */

/** One word of the index as decoded: the (stemmed) word first, then its pages and variants, kept as they are. */
export type IndexWord = readonly [word: string, ...entries: unknown[]];

/** A line of the metadata's chunk list: the words [from, to] send Pagefind to the chunk file `name`. */
export type ChunkRange = readonly [from: string, to: string, name: string];

/**
 * Prefixes shorter than this need not find every chunk. A single letter
 * reaches Pagefind only inside a longer query ("learning r" while typing; the
 * dialog lists glossary names for one or two letters), and finding every word
 * it begins would fetch every chunk of that letter; it finds the words of the
 * chunk it falls in, as with Pagefind's own chunks. Two letters are often a
 * whole word here (ML, CI, "pr curve") and cost little: they find every chunk.
 */
export const MIN_PREFIX = 2;

/**
 * The chunk size, gzipped, that makes a first search cheapest for an index of
 * this many bytes. The metadata every search loads lists each chunk (about 12
 * bytes a chunk), and a query fetches about two chunks, so metadata and chunks
 * together are least at √(12 × index / 2). Below 2 KiB a prefix spans chunks
 * more often than the smaller chunks save. This site's index (about 200 KB)
 * gets 2 KiB; one of 5 MB would get about 5.5 KB.
 */
export function chunkSizeFor(indexBytes: number): number {
  return Math.min(32 * 1024, Math.max(2 * 1024, Math.round(Math.sqrt((12 * indexBytes) / 2))));
}

export interface ChunkCodec {
  /** The file that holds these words, exactly as it will be written (compressed). */
  pack(words: readonly IndexWord[]): Uint8Array;
  /** A file name derived from the file's bytes, so that a changed chunk gets a new name and caches stay correct. */
  name(file: Uint8Array): string;
}

export interface ChunkFile {
  name: string;
  bytes: Uint8Array;
  words: readonly IndexWord[];
}

const encoder = new TextEncoder();

/** Rust's string order, which Pagefind uses: UTF-8 bytes, not JavaScript's UTF-16 code units. */
export function compareUtf8(a: string, b: string): number {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * Cuts items, in order, into runs of at most `maxSize` (as `sizeOf` measures a
 * run), each nearly as long as it can be. An item too big on its own gets a run
 * to itself. The longest run is found by doubling and halving, so a gzip size
 * costs a few compressions per run, not one per item. Within the run's last
 * quarter the cut goes where `cutCost` (of the items either side) is lowest.
 */
export function splitBySize<T>(
  items: readonly T[],
  sizeOf: (run: readonly T[]) => number,
  maxSize: number,
  cutCost: (before: T, after: T) => number = () => 0,
): T[][] {
  const runs: T[][] = [];
  let start = 0;
  while (start < items.length) {
    const fits = (end: number) => sizeOf(items.slice(start, end)) <= maxSize;
    let end = start + 1;
    let step = 1;
    while (end + step <= items.length && fits(end + step)) {
      end += step;
      step *= 2;
    }
    for (step = Math.floor(step / 2); step >= 1; step = Math.floor(step / 2)) {
      if (end + step <= items.length && fits(end + step)) end += step;
    }
    if (end < items.length) {
      let best = end;
      for (let cut = end - 1; cut > start + ((end - start) * 3) / 4; cut--) {
        if (cutCost(items[cut - 1]!, items[cut]!) < cutCost(items[best - 1]!, items[best]!)) best = cut;
      }
      // gzip can grow when a run shrinks, if only by a byte or two: keep the longest run then.
      if (best !== end && fits(best)) end = best;
    }
    runs.push(items.slice(start, end));
    start = end;
  }
  return runs;
}

/** The characters two words share at their start. */
function commonPrefix(a: string, b: string): string {
  const x = [...a];
  const y = [...b];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join('');
}

/** The greatest character: a range ending in it runs to the end of everything that starts like it. */
const LAST_CHARACTER = String.fromCodePoint(0x10ffff);

/**
 * The end of a range that takes in every word sorting before `next`: its last
 * character one lower, then the greatest character ("learns" gives "learnr\u{10FFFF}").
 */
function justBefore(next: string): string | undefined {
  const chars = [...next];
  const last = chars.pop()!.codePointAt(0)!;
  if (last === 0) return undefined;
  // One below U+E000 is a lone surrogate, which no string may hold: skip to the last character before them.
  const lower = last === 0xe000 ? 0xd7ff : last - 1;
  return [...chars, String.fromCodePoint(lower), LAST_CHARACTER].join('');
}

/**
 * The ranges that send Pagefind to each chunk, given the first and last word of
 * every chunk in order. Each chunk's main range starts at the shortest start of
 * its first word that no word of the chunk before shares, and runs up to where
 * the next chunk's starts; so a query word that sorts between two chunks (a
 * longer form of an indexed word, which Pagefind then matches to the longest
 * indexed word it begins with) fetches the chunk that may hold that word. Each
 * start a chunk's first word shares with the chunk before (of `minPrefix`
 * characters or more) gets a range of its own, one word long, so that such a
 * prefix fetches both chunks.
 */
export function chunkRanges(chunks: readonly { first: string; last: string; name: string }[], minPrefix = MIN_PREFIX): ChunkRange[] {
  const starts = chunks.map(({ first }, i) => {
    const shared = i === 0 ? '' : commonPrefix(chunks[i - 1]!.last, first);
    return { shared, from: [...first].slice(0, [...shared].length + 1).join('') };
  });
  return chunks.flatMap(({ last, name }, i) => {
    const { shared, from } = starts[i]!;
    const next = starts[i + 1];
    const to = next ? (justBefore(next.from) ?? last) : LAST_CHARACTER;
    const prefixes = Array.from({ length: Math.max(0, [...shared].length - minPrefix + 1) }, (_, n) =>
      [...shared].slice(0, minPrefix + n).join(''),
    );
    return [[from, to, name] as const, ...prefixes.map((prefix) => [prefix, prefix, name] as const)];
  });
}

/**
 * The whole index re-cut: chunk files of at most `maxBytes` each (one word
 * alone may be larger), and the ranges for the metadata. The words must come
 * sorted and each once, as Pagefind writes them; anything else is an error,
 * since Pagefind's range look-up would then miss words.
 */
export function rechunkWords(
  words: readonly IndexWord[],
  codec: ChunkCodec,
  { maxBytes, minPrefix = MIN_PREFIX }: { maxBytes: number; minPrefix?: number },
): { files: ChunkFile[]; ranges: ChunkRange[] } {
  words.forEach((word, i) => {
    if (i > 0 && compareUtf8(words[i - 1]![0], word[0]) >= 0) {
      throw new Error(`Pagefind's word index is not in order at “${words[i - 1]![0]}”, “${word[0]}”`);
    }
  });
  // A cut between words that share a long start costs a range in the metadata per shared letter.
  const runs = splitBySize(
    words,
    (run) => codec.pack(run).length,
    maxBytes,
    (before, after) => [...commonPrefix(before[0], after[0])].length,
  );
  const files = runs.map((run) => {
    const bytes = codec.pack(run);
    return { name: codec.name(bytes), bytes, words: run };
  });
  const names = new Set(files.map((f) => f.name));
  if (names.size !== files.length) throw new Error('Two index chunks got the same file name: lengthen the content hash');
  const ranges = chunkRanges(
    files.map((f) => ({ first: f.words[0]![0], last: f.words.at(-1)![0], name: f.name })),
    minPrefix,
  );
  return { files, ranges };
}
