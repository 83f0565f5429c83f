import { describe, expect, it } from 'vitest';
import { hitProbability, trialsForHit } from '../../../src/lib/stats/hit-probability';

describe('hitProbability', () => {
  it('is 1 − (1 − q)^n', () => {
    expect(hitProbability(59, 0.05)).toBeCloseTo(1 - 0.95 ** 59, 12);
    expect(hitProbability(0, 0.05)).toBe(0);
    expect(hitProbability(1, 0.3)).toBeCloseTo(0.3, 12);
  });

  it('rejects impossible inputs', () => {
    expect(() => hitProbability(-1, 0.05)).toThrow(RangeError);
    expect(() => hitProbability(10, 1.5)).toThrow(RangeError);
  });
});

describe('trialsForHit', () => {
  it.each([
    [0.05, 0.95, 59],
    [0.01, 0.95, 299],
    [0.01, 0.99, 459],
  ])('q = %f, p = %f needs %i trials', (q, p, n) => {
    expect(trialsForHit(q, p)).toBe(n);
    expect(hitProbability(n, q)).toBeGreaterThanOrEqual(p);
    expect(hitProbability(n - 1, q)).toBeLessThan(p);
  });

  it('58 trials fall just short of 95% for the top 5%', () => {
    expect(hitProbability(58, 0.05)).toBeLessThan(0.95);
  });

  it.each([
    [0, 0.95],
    [1, 0.95],
    [0.05, 0],
    [0.05, 1],
    [Number.NaN, 0.5],
  ])('rejects q = %f, p = %f', (q, p) => {
    expect(() => trialsForHit(q, p)).toThrow(RangeError);
  });
});
