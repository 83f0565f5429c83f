import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import {
  chunkRanges,
  chunkSizeFor,
  compareUtf8,
  MIN_PREFIX,
  rechunkWords,
  splitBySize,
  type ChunkCodec,
  type ChunkRange,
  type IndexWord,
} from '../../../src/lib/search/word-index-chunks';

/**
 * The chunks Pagefind's browser code fetches for one word of a query, as
 * pagefind_web's `request_indexes` picks them: every range holding the word,
 * or, when none does, the ranges whose starts and ends match its first letters.
 */
function chunksFetchedFor(ranges: readonly ChunkRange[], term: string): Set<string> {
  const strict = ranges.filter(([from, to]) => compareUtf8(term, from) >= 0 && compareUtf8(term, to) <= 0);
  const length = (s: string) => [...s].length;
  const head = (s: string, n: number) => [...s].slice(0, n).join('');
  const loose = ranges.filter(([from, to]) => {
    const fromCount = Math.min(length(term), length(from));
    const toCount = Math.min(length(term), length(to));
    return compareUtf8(head(term, fromCount), head(from, fromCount)) >= 0 && compareUtf8(head(term, toCount), head(to, toCount)) <= 0;
  });
  return new Set((strict.length > 0 ? strict : loose).map(([, , name]) => name));
}

/** Locations that gzip cannot fold away, the same on every run. */
let seed = 1;
const location = () => (seed = (seed * 48271) % 2147483647) % 500;

/** A word as Pagefind stores it: the word, pages with their (delta-coded) locations, and diacritic variants. */
const word = (text: string, pages = 3): IndexWord => [
  text,
  Array.from({ length: pages }, (_, i) => [i, Array.from({ length: 6 }, location), []]),
  [],
];

/** The real codec's shape: CBOR, gzipped, named by a hash of the file. */
const codec: ChunkCodec = {
  pack: (words) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode([words])])),
  name: (bytes) => `en_${createHash('sha256').update(bytes).digest('hex').slice(0, 7)}`,
};

// Many words sharing long starts, so that chunks must break inside them.
const vocabulary = [
  ...['a', 'ab', 'abc', 'abd', 'b', 'ba', 'bay', 'c'],
  ...['lea', 'lead', 'leaf', 'leak', 'lean', 'learn', 'learnabl', 'learner', 'learning', 'learningr', 'learnt', 'least', 'leav'],
  ...['r', 'ra', 'racial', 'radar', 'rate', 'rater', 'rather', 'ratio', 'raw', 'ray', 'zebra', 'zero', 'été', 'œuvre', '𝑥'],
  ...Array.from({ length: 300 }, (_, i) => `model${String(i).padStart(3, '0')}`),
].sort(compareUtf8);
const words = vocabulary.map((w, i) => word(w, 1 + (i % 6)));
const MAX = 1024;
const { files, ranges } = rechunkWords(words, codec, { maxBytes: MAX });

describe('splitting the word index into chunks', () => {
  it('makes many chunks of a long index', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('keeps every word exactly once, in order', () => {
    expect(files.flatMap((f) => f.words)).toEqual(words);
  });

  it('keeps each chunk within the size, unless one word alone is larger', () => {
    for (const file of files) expect(file.bytes.length <= MAX || file.words.length === 1).toBe(true);
    const [big] = rechunkWords([word('the', 400), word('then', 2)], codec, { maxBytes: 200 }).files;
    expect(big?.words.map((w) => w[0])).toEqual(['the']);
  });

  it('names each chunk by its content, and the same words get the same name', () => {
    for (const file of files) expect(file.name).toBe(codec.name(file.bytes));
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    expect(rechunkWords(words, codec, { maxBytes: MAX }).files.map((f) => f.name)).toEqual(files.map((f) => f.name));
  });

  it('lists only chunks that exist, each at least once', () => {
    const names = new Set(files.map((f) => f.name));
    for (const [, , name] of ranges) expect(names.has(name)).toBe(true);
    expect(new Set(ranges.map(([, , name]) => name))).toEqual(names);
  });

  it('gives chunks main ranges that run in order, meet without overlapping, and cover every word from the first on', () => {
    const main = files.map((f) => ranges.find(([, , name]) => name === f.name)!);
    main.forEach(([from, to], i) => {
      expect(compareUtf8(from, to)).toBeLessThan(0);
      if (i > 0) expect(compareUtf8(main[i - 1]![1], from)).toBeLessThan(0);
    });
    const probes = vocabulary.flatMap((w) => [w, `${w}a`, `${w}zz`, `${w}\u00e9`]);
    for (const probe of probes) {
      expect(
        main.filter(([from, to]) => compareUtf8(probe, from) >= 0 && compareUtf8(probe, to) <= 0),
        probe,
      ).toHaveLength(1);
    }
  });

  it('sends a longer form of a word to the chunk that holds the word, which Pagefind then matches', () => {
    for (const file of files) {
      const [last] = file.words.at(-1)!;
      expect(chunksFetchedFor(ranges, `${last}zz`)).toContain(file.name);
    }
  });

  it('sends every word to the chunk that holds it', () => {
    for (const file of files) {
      for (const [text] of file.words) expect(chunksFetchedFor(ranges, text)).toContain(file.name);
    }
  });

  it(`sends a prefix of ${MIN_PREFIX} letters or more to every chunk with a word it starts, across chunk boundaries`, () => {
    const prefixes = new Set(vocabulary.flatMap((w) => [...w].map((_, i) => [...w].slice(0, i + 1).join(''))));
    let across = 0;
    for (const prefix of [...prefixes].filter((p) => [...p].length >= MIN_PREFIX)) {
      const holding = files.filter((f) => f.words.some(([text]) => text.startsWith(prefix))).map((f) => f.name);
      if (holding.length > 1) across += 1;
      for (const name of holding) expect(chunksFetchedFor(ranges, prefix), prefix).toContain(name);
    }
    // The vocabulary makes some prefixes span chunks, or this test would prove nothing.
    expect(across).toBeGreaterThan(0);
  });

  it('refuses words out of order, which Pagefind would fail to find', () => {
    expect(() => rechunkWords([word('b'), word('a')], codec, { maxBytes: MAX })).toThrow(/not in order at “b”, “a”/);
  });
});

describe('the ranges of chunks', () => {
  it.each([
    // No start shared: the main range begins at the first letter, and the one before ends just before it.
    [
      { first: 'ra', last: 'rz' },
      { first: 'sa', last: 'sz' },
      [
        ['r', 'r\u{10ffff}'],
        ['s', '\u{10ffff}'],
      ],
    ],
    // "le", "lea", "lear" and "learn" are shared with the chunk before: each finds this chunk too.
    [
      { first: 'lead', last: 'learn' },
      { first: 'learner', last: 'ly' },
      [
        ['l', 'learnd\u{10ffff}'],
        ['learne', '\u{10ffff}'],
        ['le', 'le'],
        ['lea', 'lea'],
        ['lear', 'lear'],
        ['learn', 'learn'],
      ],
    ],
  ])('%o then %o', (a, b, expected) => {
    const got = chunkRanges([
      { ...a, name: 'one' },
      { ...b, name: 'two' },
    ]);
    expect(got.map(([from, to]) => [from, to])).toEqual(expected);
  });
});

describe('sizes and order', () => {
  it.each([
    [20_000, 2048],
    [200_000, 2048],
    [5_000_000, 5477],
    [500_000_000, 32768],
  ])('an index of %i bytes gets chunks of %i', (index, size) => {
    expect(chunkSizeFor(index)).toBe(size);
  });

  it('cuts runs as long as they may be', () => {
    expect(splitBySize([1, 1, 1, 1, 1], (run) => run.length, 2)).toEqual([[1, 1], [1, 1], [1]]);
  });

  it('prefers a cheaper cut near the end of a run', () => {
    // Runs of up to 8; in the last quarter of the first, the cut between 7 and 8 costs least.
    const cost = (a: number, b: number) => (a === 7 && b === 8 ? 0 : 1);
    expect(splitBySize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], (run) => run.length, 8, cost)).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10],
    ]);
  });

  it('compares as Rust does, by UTF-8 bytes', () => {
    // U+FF5E sorts before U+1D465 in UTF-8, after it in UTF-16.
    expect(compareUtf8('～', '𝑥')).toBeLessThan(0);
    expect('～' < '𝑥').toBe(false);
  });
});
