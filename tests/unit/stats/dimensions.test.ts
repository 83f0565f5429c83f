import { describe, expect, it } from 'vitest';
import { RANDOM_TRIALS_FOR_TOP_5, formatCount, formatDuration, gridTrials, logFraction } from '../../../src/lib/stats/dimensions';

describe('gridTrials', () => {
  it.each([
    [5, 6, 15_625],
    [2, 1, 2],
    [3, 4, 81],
    [10, 12, 1e12],
  ])('%i values for each of %i hyperparameters is %i trials', (k, d, n) => {
    expect(gridTrials(k, d)).toBe(n);
  });

  it('rejects negative sizes', () => {
    expect(() => gridTrials(-1, 2)).toThrow(RangeError);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [59, '59'],
    [15_625, '15,625'],
    [244_140_625, '244,140,625'],
    [999_999_999, '999,999,999'],
    [1e9, '1 billion'],
    [1_234_567_890, '1.2 billion'],
    [10 ** 10, '10 billion'],
    [282_429_536_481, '282 billion'],
    [999_960_000_000, '1 trillion'],
    [3.4e12, '3.4 trillion'],
    [1e12, '1 trillion'],
    [1e15, '1 quadrillion'],
  ])('%f → %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

describe('formatDuration', () => {
  it.each([
    [1, '1 minute'],
    [45, '45 minutes'],
    [59.5, '59.5 minutes'],
    [59.97, '1 hour'],
    [90, '1.5 hours'],
    [312, '5.2 hours'],
    [31_250, '21.7 days'],
    [200 * 24 * 60, '200 days'],
    [3.4 * 365.25 * 24 * 60, '3.4 years'],
    [1234 * 365.25 * 24 * 60, '1,234 years'],
    [1.9e6 * 365.25 * 24 * 60, '1.9 million years'],
  ])('%f minutes → %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});

describe('logFraction', () => {
  it.each([
    [1, 1e6, 0],
    [1000, 1e6, 0.5],
    [1e6, 1e6, 1],
    [1e9, 1e6, 1],
    [0, 1e6, 0],
  ])('log fraction of %f out of %f is %f', (n, max, fraction) => {
    expect(logFraction(n, max)).toBeCloseTo(fraction, 12);
  });
});

it('random search needs 59 trials for a 95% chance at the top 5%, whatever the dimension', () => {
  expect(RANDOM_TRIALS_FOR_TOP_5).toBe(59);
});
