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

describe('trialsForHit with a vanishing fraction (review SS-1)', () => {
  it.each([1e-14, 1e-16, 1e-18, 1e-300])('q = %d returns at once with a finite, whole answer', (q) => {
    const start = performance.now();
    const n = trialsForHit(q, 0.95);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(Number.isFinite(n)).toBe(true);
    expect(n).toBeGreaterThan(1e13);
  });

  it('still settles small answers exactly', () => {
    expect(trialsForHit(0.5, 0.75)).toBe(2);
    expect(trialsForHit(0.5, 0.1)).toBe(1);
  });
});
