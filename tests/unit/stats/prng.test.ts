import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, mulberry32, nextSeed, normaliseSeed } from '../../../src/lib/stats/prng';

const take = (rng: () => number, n: number): number[] => Array.from({ length: n }, () => rng());

describe('mulberry32', () => {
  it('replays the same sequence from the same seed', () => {
    expect(take(mulberry32(42), 20)).toEqual(take(mulberry32(42), 20));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(mulberry32(1), 5)).not.toEqual(take(mulberry32(2), 5));
  });

  it('stays in [0, 1) and spreads across it', () => {
    const values = take(mulberry32(DEFAULT_SEED), 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

describe('normaliseSeed', () => {
  it.each([
    ['123', 123],
    [' 7 ', 7],
    ['0', 0],
    ['4294967295', 4294967295],
    [99, 99],
  ] as const)('accepts %j', (raw, seed) => {
    expect(normaliseSeed(raw)).toBe(seed);
  });

  it.each([['4294967296'], ['-1'], ['1.5'], ['12abc'], [''], ['abc'], [-3], [2.5], [Number.NaN], [2 ** 32], [null], [undefined]])(
    'falls back to the default for %j',
    (raw) => {
      expect(normaliseSeed(raw)).toBe(DEFAULT_SEED);
    },
  );
});

describe('nextSeed', () => {
  it('draws reproducible unsigned 32-bit seeds', () => {
    expect(nextSeed(mulberry32(5))).toBe(nextSeed(mulberry32(5)));
    const rng = mulberry32(9);
    const seeds = Array.from({ length: 100 }, () => nextSeed(rng));
    expect(seeds.every((s) => Number.isInteger(s) && s >= 0 && s < 2 ** 32)).toBe(true);
    expect(new Set(seeds).size).toBe(100);
  });
});
