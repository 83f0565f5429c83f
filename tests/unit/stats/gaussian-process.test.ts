import { describe, expect, it } from 'vitest';
import { cholesky, kernelValue, posterior, type GpOptions } from '../../../src/lib/stats/gaussian-process';

const rbf: GpOptions = { kernel: 'rbf', lengthScale: 1, signalSd: 1, noiseSd: 0 };
const matern: GpOptions = { kernel: 'matern52', lengthScale: 0.7, signalSd: 1.5, noiseSd: 0 };

describe('kernels', () => {
  it('RBF matches its formula', () => {
    expect(kernelValue(0, 1, rbf)).toBeCloseTo(Math.exp(-0.5), 12);
    expect(kernelValue(2, 2, { ...rbf, signalSd: 3 })).toBe(9);
  });

  it('Matérn 5/2 equals σ_f² at distance 0, is symmetric, and decreases with distance', () => {
    expect(kernelValue(0.3, 0.3, matern)).toBeCloseTo(2.25, 12);
    expect(kernelValue(0.1, 0.9, matern)).toBe(kernelValue(0.9, 0.1, matern));
    const values = [0, 0.1, 0.5, 1, 2, 5].map((d) => kernelValue(0, d, matern));
    values.slice(1).forEach((v, i) => expect(v).toBeLessThan(values[i] as number));
  });

  it('Matérn 5/2 matches its formula', () => {
    const r = 0.4;
    const u = (Math.sqrt(5) * r) / 0.7;
    expect(kernelValue(0, r, matern)).toBeCloseTo(2.25 * (1 + u + (u * u) / 3) * Math.exp(-u), 12);
  });
});

describe('cholesky', () => {
  it('factorises a positive-definite matrix', () => {
    const a = [
      [4, 2, 0.4],
      [2, 5, 1],
      [0.4, 1, 3],
    ];
    const l = cholesky(a);
    a.forEach((row, i) =>
      row.forEach((value, j) => {
        let sum = 0;
        for (let k = 0; k < 3; k += 1) sum += (l[i]?.[k] ?? 0) * (l[j]?.[k] ?? 0);
        expect(sum).toBeCloseTo(value, 12);
      }),
    );
    expect(l[0]?.[1]).toBe(0);
  });

  it('adds jitter to a singular matrix from a repeated observation', () => {
    const l = cholesky([
      [1, 1],
      [1, 1],
    ]);
    expect(l.flat().every(Number.isFinite)).toBe(true);
  });

  it('gives up on a matrix that is far from positive definite', () => {
    expect(() =>
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toThrow();
  });
});

describe('posterior', () => {
  it('one noise-free observation', () => {
    const { mean, variance } = posterior([0], [1], [1], rbf);
    expect(mean[0]).toBeCloseTo(0.606531, 6);
    expect(variance[0]).toBeCloseTo(0.632121, 6);
  });

  it('two noise-free observations', () => {
    const { mean, variance } = posterior([0, 1], [0, 1], [0.5], rbf);
    expect(mean[0]).toBeCloseTo(0.549318, 6);
    expect(variance[0]).toBeCloseTo(0.030456, 6);
  });

  it('passes through noise-free data with no variance left there', () => {
    const { mean, variance } = posterior([0, 1], [0.2, -0.4], [0, 1], rbf);
    expect(mean[0]).toBeCloseTo(0.2, 6);
    expect(mean[1]).toBeCloseTo(-0.4, 6);
    variance.forEach((v) => {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1e-6);
    });
  });

  it('with noise, keeps some variance at the data and shrinks towards the prior mean', () => {
    const noisy = { ...rbf, noiseSd: 0.5 };
    const { mean, variance } = posterior([0], [1], [0], noisy, 0.2);
    expect(mean[0]).toBeCloseTo(0.2 + 0.8 / 1.25, 12);
    expect(variance[0]).toBeCloseTo(1 - 1 / 1.25, 12);
  });

  it('returns the prior when there are no observations', () => {
    expect(posterior([], [], [0, 3], matern, 0.8)).toEqual({ mean: [0.8, 0.8], variance: [2.25, 2.25] });
  });

  it('copes with the same x observed twice without noise', () => {
    const { mean } = posterior([0.5, 0.5], [1, 1], [0.5], rbf);
    expect(mean[0]).toBeCloseTo(1, 4);
  });

  it('rejects mismatched data', () => {
    expect(() => posterior([0, 1], [1], [0], rbf)).toThrow(RangeError);
  });
});
