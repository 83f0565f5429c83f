import { describe, expect, it } from 'vitest';
import {
  acquisition,
  argmax,
  expectedImprovement,
  probabilityOfImprovement,
  upperConfidenceBound,
} from '../../../src/lib/stats/acquisition';
import { normalCdf, normalPdf } from '../../../src/lib/stats/normal';

describe('normal distribution', () => {
  // Reference values from mpmath at 30 significant digits, printed to 17; doubles keep what they can.
  /* eslint-disable no-loss-of-precision */
  it.each([
    [-10, 7.6198530241605261e-24],
    [-6, 9.8658764503769814e-10],
    [-3, 0.0013498980316300945],
    [-1.5, 0.066807201268858066],
    [-0.6744, 0.25002852137294061],
    [-0.5, 0.3085375387259869],
    [0, 0.5],
    [0.3, 0.61791142218895263],
    [1, 0.84134474606854295],
    [2, 0.97724986805182079],
    [4, 0.99996832875816688],
    /* eslint-enable no-loss-of-precision */
  ])('Φ(%f) = %f', (z, expected) => {
    expect(Math.abs(normalCdf(z) - expected)).toBeLessThan(1e-14 + 1e-12 * expected);
  });

  it('has the far tails and symmetry', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(1.3) + normalCdf(-1.3)).toBeCloseTo(1, 15);
  });

  it('φ has its peak at 0', () => {
    expect(normalPdf(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
    expect(normalPdf(1)).toBeCloseTo(0.2419707245191434, 15);
  });
});

describe('maximisation', () => {
  it.each([
    [0, 0.039559],
    [0.01, 0.036561],
  ])('EI(μ 0.5, σ 0.2, best 0.6, ξ %f) = %f', (xi, expected) => {
    expect(expectedImprovement(0.5, 0.2, 0.6, xi, 'maximise')).toBeCloseTo(expected, 6);
  });

  it('PI(μ 0.5, σ 0.2, best 0.6, ξ 0) = Φ(−0.5)', () => {
    expect(probabilityOfImprovement(0.5, 0.2, 0.6, 0, 'maximise')).toBeCloseTo(0.308538, 6);
  });

  it('with no uncertainty, EI is the known improvement and PI is certain or impossible', () => {
    expect(expectedImprovement(0.5, 0, 0.6, 0, 'maximise')).toBe(0);
    expect(expectedImprovement(0.7, 0, 0.6, 0, 'maximise')).toBeCloseTo(0.1, 12);
    expect(probabilityOfImprovement(0.5, 0, 0.6, 0, 'maximise')).toBe(0);
    expect(probabilityOfImprovement(0.7, 0, 0.6, 0, 'maximise')).toBe(1);
  });

  it('UCB is μ + κσ', () => {
    expect(upperConfidenceBound(0.5, 0.2, 2, 'maximise')).toBeCloseTo(0.9, 12);
  });
});

describe('minimisation mirrors maximisation', () => {
  const cases = [
    [0.5, 0.2, 0.6, 0],
    [0.5, 0.2, 0.6, 0.01],
    [1.2, 0.05, 0.9, 0.1],
    [0.3, 0, 0.4, 0],
  ] as const;

  it.each(cases)('EI and PI at μ %f, σ %f, best %f, ξ %f', (mu, sigma, best, xi) => {
    expect(expectedImprovement(-mu, sigma, -best, xi, 'minimise')).toBe(expectedImprovement(mu, sigma, best, xi, 'maximise'));
    expect(probabilityOfImprovement(-mu, sigma, -best, xi, 'minimise')).toBe(probabilityOfImprovement(mu, sigma, best, xi, 'maximise'));
  });

  it('UCB keeps larger-is-better, favouring low μ and high σ', () => {
    expect(upperConfidenceBound(-0.5, 0.2, 2, 'minimise')).toBe(upperConfidenceBound(0.5, 0.2, 2, 'maximise'));
    expect(upperConfidenceBound(0.1, 0.2, 2, 'minimise')).toBeGreaterThan(upperConfidenceBound(0.3, 0.2, 2, 'minimise'));
    expect(upperConfidenceBound(0.3, 0.4, 2, 'minimise')).toBeGreaterThan(upperConfidenceBound(0.3, 0.2, 2, 'minimise'));
  });
});

describe('acquisition', () => {
  it.each([
    ['ei', expectedImprovement(0.5, 0.2, 0.6, 0.01, 'minimise')],
    ['pi', probabilityOfImprovement(0.5, 0.2, 0.6, 0.01, 'minimise')],
    ['ucb', upperConfidenceBound(0.5, 0.2, 0.01, 'minimise')],
  ] as const)('dispatches %s', (kind, expected) => {
    expect(acquisition(kind, 0.5, 0.2, 0.6, 0.01, 'minimise')).toBe(expected);
  });
});

describe('argmax', () => {
  it.each([
    [[1, 3, 2], 1],
    [[3, 1, 3], 0],
    [[-5, -2, -2], 1],
    [[Number.NaN, 1, 0], 1],
    [[-Infinity, -Infinity], 0],
    [[], -1],
  ])('argmax(%j) = %i', (values, index) => {
    expect(argmax(values)).toBe(index);
  });
});
