import { describe, expect, it } from 'vitest';
import { normalCdf, normalPdf, normalQuantile } from '../../../src/lib/stats/normal';

// Reference values from R's pnorm, qnorm and dnorm, printed to 16 significant digits.
const cdfCases: [x: number, expected: number][] = [
  [0, 0.5],
  [0.5, 0.6914624612740131],
  [1, 0.8413447460685429],
  [-1, 0.1586552539314571],
  [1.96, 0.9750021048517795],
  [-2, 0.02275013194817921],
  [2.5, 0.9937903346742238],
  [-3, 0.001349898031630095],
  [-5, 2.866515718791939e-7],
  [-6, 9.865876450376946e-10],
  [-10, 7.619853024160527e-24],
];

const quantileCases: [p: number, expected: number][] = [
  [0.5, 0],
  [0.8, 0.8416212335729143],
  [0.9, 1.281551565544601],
  [0.95, 1.644853626951472],
  [0.975, 1.959963984540054],
  [0.001, -3.090232306167813],
  [0.02425, -1.972961051311881],
  [1e-10, -6.361340902404056],
];

describe('normalCdf', () => {
  it.each(cdfCases)('Φ(%d) = %d to well within 1e-7', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-12);
  });

  it.each(cdfCases.filter(([x]) => x <= -3))('keeps relative accuracy in the lower tail at x = %d', (x, expected) => {
    expect(Math.abs(normalCdf(x) / expected - 1)).toBeLessThan(1e-9);
  });

  it.each([0.3, 1.7, 4.9, 5, 5.1, 8])('is symmetric: Φ(%d) + Φ(−x) = 1', (x) => {
    expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
  });

  it.each([
    [Number.NEGATIVE_INFINITY, 0],
    [Number.POSITIVE_INFINITY, 1],
  ])('reaches %d → %d exactly', (x, expected) => {
    expect(normalCdf(x)).toBe(expected);
  });

  it('returns NaN for NaN', () => {
    expect(normalCdf(Number.NaN)).toBeNaN();
  });

  it('does not jump where it switches from the series to the continued fraction', () => {
    const below = normalCdf(-5 - 1e-9);
    const above = normalCdf(-5 + 1e-9);
    expect(above - below).toBeGreaterThan(0);
    expect(above - below).toBeLessThan(1e-14);
  });
});

describe('normalPdf', () => {
  it.each([
    [0, 0.3989422804014327],
    [1, 0.2419707245191434],
    [-2, 0.05399096651318806],
  ])('φ(%d) = %d', (x, expected) => {
    expect(normalPdf(x)).toBeCloseTo(expected, 15);
  });
});

describe('normalQuantile', () => {
  it.each(quantileCases)('Φ⁻¹(%d) = %d', (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected)).toBeLessThan(1e-9);
  });

  it.each([1e-300, 1e-12, 0.01, 0.02425, 0.3, 0.5, 0.77, 0.97575, 0.999, 1 - 1e-9])('inverts normalCdf at p = %d', (p) => {
    const x = normalQuantile(p);
    expect(Math.abs(normalCdf(x) - p) / Math.min(p, 1 - p)).toBeLessThan(1e-7);
  });

  it.each([
    [0, Number.NEGATIVE_INFINITY],
    [1, Number.POSITIVE_INFINITY],
  ])('gives ±Infinity at p = %d', (p, expected) => {
    expect(normalQuantile(p)).toBe(expected);
  });

  it.each([-0.1, 1.1, Number.NaN])('returns NaN outside [0, 1] (p = %d)', (p) => {
    expect(normalQuantile(p)).toBeNaN();
  });
});
