import { describe, expect, it } from 'vitest';
import { expectedCounts, f1, formatPercent, metrics, npv, ppv, roundCounts, type ConfusionCounts } from '../../../src/lib/stats/diagnostic';

describe('predictive values', () => {
  it.each([
    // sensitivity, specificity, prevalence, PPV, NPV
    [0.9, 0.9, 0.01, 0.009 / 0.108, 0.891 / 0.892],
    [0.9, 0.9, 0.1, 0.5, 0.81 / 0.82],
    [0.95, 0.95, 0.02, 0.019 / 0.068, 0.931 / 0.932],
    [0.7, 0.9, 0.02, 0.014 / 0.112, 0.882 / 0.888],
    [1, 1, 0.3, 1, 1],
    [0.5, 0.5, 0.5, 0.5, 0.5],
  ])('Se %d, Sp %d, p %d → PPV %d, NPV %d', (se, sp, p, expectedPpv, expectedNpv) => {
    expect(ppv(se, sp, p)).toBeCloseTo(expectedPpv, 12);
    expect(npv(se, sp, p)).toBeCloseTo(expectedNpv, 12);
  });

  it('agree with the counts they summarise', () => {
    const m = metrics(expectedCounts(10_000, 0.07, 0.83, 0.91));
    expect(ppv(0.83, 0.91, 0.07)).toBeCloseTo(m.precision, 12);
    expect(npv(0.83, 0.91, 0.07)).toBeCloseTo(m.npv, 12);
  });

  it.each([
    ['PPV with nobody testing positive', () => ppv(0.9, 1, 0)],
    ['NPV with nobody testing negative', () => npv(1, 0.9, 1)],
  ])('are NaN when undefined: %s', (_label, compute) => {
    expect(compute()).toBeNaN();
  });
});

describe('expectedCounts and roundCounts', () => {
  it.each([
    [10_000, 0.01, 0.9, 0.9, { tp: 90, fp: 990, fn: 10, tn: 8910 }],
    [10_000, 0.1, 0.9, 0.9, { tp: 900, fp: 900, fn: 100, tn: 8100 }],
    [10_000, 0.02, 0.7, 0.9, { tp: 140, fp: 980, fn: 60, tn: 8820 }],
    [10_000, 0.02, 0.95, 0.95, { tp: 190, fp: 490, fn: 10, tn: 9310 }],
  ])('%d people at prevalence %d, Se %d, Sp %d', (n, p, se, sp, expected) => {
    const counts = expectedCounts(n, p, se, sp);
    expect(roundCounts(counts)).toEqual(expected);
    expect(counts.tp + counts.fp + counts.fn + counts.tn).toBeCloseTo(n, 9);
  });

  it('leaves fractions of people unrounded until asked', () => {
    const counts = expectedCounts(1_000, 0.013, 0.9, 0.9);
    expect(counts.tp).toBeCloseTo(11.7, 12);
    expect(roundCounts(counts).tp).toBe(12);
  });
});

describe('metrics', () => {
  it.each<[string, ConfusionCounts, Partial<ReturnType<typeof metrics>>]>([
    [
      'issue 5 sepsis model',
      { tp: 140, fp: 980, fn: 60, tn: 8820 },
      { sensitivity: 0.7, specificity: 0.9, precision: 0.125, accuracy: 0.896, prevalence: 0.02, f1: 280 / 1320 },
    ],
    ['perfect model', { tp: 5, fp: 0, fn: 0, tn: 5 }, { sensitivity: 1, specificity: 1, precision: 1, npv: 1, f1: 1 }],
    ['model that flags no one', { tp: 0, fp: 0, fn: 200, tn: 9800 }, { sensitivity: 0, specificity: 1, accuracy: 0.98, f1: 0, npv: 0.98 }],
  ])('%s', (_label, counts, expected) => {
    const m = metrics(counts);
    for (const [key, value] of Object.entries(expected)) {
      expect(m[key as keyof typeof m]).toBeCloseTo(value, 12);
    }
  });

  it.each<[string, ConfusionCounts, keyof ReturnType<typeof metrics>]>([
    ['precision when the model flags no one', { tp: 0, fp: 0, fn: 3, tn: 7 }, 'precision'],
    ['NPV when the model clears no one', { tp: 3, fp: 7, fn: 0, tn: 0 }, 'npv'],
    ['sensitivity with nobody diseased', { tp: 0, fp: 2, fn: 0, tn: 8 }, 'sensitivity'],
    ['specificity with nobody healthy', { tp: 6, fp: 0, fn: 4, tn: 0 }, 'specificity'],
  ])('returns NaN for %s', (_label, counts, key) => {
    expect(metrics(counts)[key]).toBeNaN();
  });

  it('returns NaN everywhere for an empty table, without throwing', () => {
    expect(Object.values(metrics({ tp: 0, fp: 0, fn: 0, tn: 0 })).every(Number.isNaN)).toBe(true);
  });
});

describe('f1', () => {
  it.each([
    [0.5, 0.5, 0.5],
    [1, 1, 1],
    [90 / 1080, 0.9, 180 / 1180],
    [0.5, 0.9, 1800 / 2800],
    [0, 0, 0],
    [0, 0.8, 0],
    [Number.NaN, 0.8, Number.NaN],
  ])('F1(P = %d, R = %d) = %d', (precision, recall, expected) => {
    if (Number.isNaN(expected)) expect(f1(precision, recall)).toBeNaN();
    else expect(f1(precision, recall)).toBeCloseTo(expected, 12);
  });

  it('matches the count form 2TP / (2TP + FP + FN)', () => {
    const counts = { tp: 37, fp: 12, fn: 8, tn: 400 };
    const m = metrics(counts);
    expect(f1(m.precision, m.sensitivity)).toBeCloseTo(m.f1, 12);
  });
});

describe('formatPercent', () => {
  it.each([
    [0.083333, undefined, '8.3%'],
    [0.5, 0, '50%'],
    [0.5, undefined, '50.0%'],
    [0.4375, 2, '43.75%'],
    [0.99888, undefined, '99.9%'],
    [0.9878, 1, '98.8%'],
    [0.125, 1, '12.5%'],
    [1, 0, '100%'],
    [12.5, 0, '1,250%'],
    [-0.00001, 1, '0.0%'],
    [-0.25, 0, '-25%'],
    [Number.NaN, 1, '—'],
    [Number.POSITIVE_INFINITY, 1, '—'],
  ])('formatPercent(%d, %s) → %s', (value, digits, expected) => {
    expect(formatPercent(value, digits)).toBe(expected);
  });
});
