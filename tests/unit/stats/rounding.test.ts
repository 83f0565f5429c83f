import { describe, expect, it } from 'vitest';
import { largestRemainder } from '../../../src/lib/stats/rounding';
import { expectedCounts, formatRate, roundCounts, wholeCounts } from '../../../src/lib/stats/diagnostic';

describe('largestRemainder', () => {
  it.each([
    [[0.5, 0.5, 0.5, 0.5], undefined, [1, 1, 0, 0]],
    [[5.5, 4.5, 999, 8991], undefined, [6, 4, 999, 8991]],
    [[33.3, 33.3, 33.4], 100, [33, 33, 34]],
    [[2.7, 3.6], 3, [1, 2]],
    [[1, 2, 3], 10, [3, 3, 4]],
    [[], 5, []],
    [[Number.NaN, -3, Infinity, 2.5], undefined, [0, 0, 0, 3]],
  ])('%j to a total of %s → %j', (values, total, expected) => {
    expect(largestRemainder(values, total)).toEqual(expected);
  });

  it('always sums to the total and stays within 1 of each value', () => {
    for (let seed = 1; seed < 500; seed += 1) {
      const values = Array.from({ length: 1 + (seed % 6) }, (_, i) => ((seed * 7919 + i * 104729) % 10007) / 7.3);
      const total = Math.round(values.reduce((a, b) => a + b, 0));
      const rounded = largestRemainder(values);
      expect(rounded.reduce((a, b) => a + b, 0)).toBe(total);
      rounded.forEach((r, i) => expect(Math.abs(r - values[i]!)).toBeLessThan(1));
    }
  });
});

describe('wholeCounts', () => {
  it('keeps each column equal to its class, where rounding cell by cell does not (review PE-1)', () => {
    const exact = expectedCounts(10_000, 0.001, 0.55, 0.9);
    expect(roundCounts(exact)).toEqual({ tp: 6, fn: 5, fp: 999, tn: 8991 });
    const whole = wholeCounts(exact);
    expect(whole.tp + whole.fn).toBe(10);
    expect(whole.tp + whole.fp + whole.fn + whole.tn).toBe(10_000);
  });

  it('leaves whole counts as they are', () => {
    expect(wholeCounts(expectedCounts(10_000, 0.02, 0.7, 0.9))).toEqual({ tp: 140, fp: 980, fn: 60, tn: 8820 });
  });
});

describe('formatRate', () => {
  it.each([
    [0.9995, 1, '> 99.9%'],
    [0.99949, 1, '99.9%'],
    [0.0004, 1, '< 0.1%'],
    [0.0005, 1, '0.1%'],
    [1, 1, '100.0%'],
    [0, 1, '0.0%'],
    [0.99995, 2, '> 99.99%'],
    [0.996, 0, '> 99%'],
    [0.125, 1, '12.5%'],
    [Number.NaN, 1, '—'],
  ])('formatRate(%d, %d) → %s', (value, digits, expected) => {
    expect(formatRate(value, digits)).toBe(expected);
  });
});
