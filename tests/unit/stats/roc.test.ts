import { describe, expect, it } from 'vitest';
import { metrics } from '../../../src/lib/stats/diagnostic';
import { normalQuantile } from '../../../src/lib/stats/normal';
import {
  aucFromSeparation,
  auprc,
  countsAtThreshold,
  hanleyMcNeilSe,
  prCurve,
  rates,
  rocCurve,
  separationFromAuc,
} from '../../../src/lib/stats/roc';

/** Area by the trapezium rule, a check that is independent of the closed forms. */
function trapezium(points: { x: number; y: number }[]): number {
  let area = 0;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    area += ((b.x - a.x) * (a.y + b.y)) / 2;
  }
  return area;
}

describe('AUC and separation', () => {
  it.each([
    [0, 0.5],
    [1, 0.7602499389065233],
    [Math.SQRT2 * 1.281551565544601, 0.9],
    [-1, 1 - 0.7602499389065233],
  ])('d = %d gives AUC %d', (d, auc) => {
    expect(aucFromSeparation(d)).toBeCloseTo(auc, 10);
  });

  it.each([0.5, 0.6, 0.656, 0.77, 0.8, 0.9, 0.99, 0.3])('separationFromAuc inverts aucFromSeparation at %d', (auc) => {
    expect(aucFromSeparation(separationFromAuc(auc))).toBeCloseTo(auc, 10);
  });
});

describe('rates', () => {
  it.each([
    // d, threshold, tpr, fpr
    [0, 0, 0.5, 0.5],
    [2, 2, 0.5, 0.02275013194817921],
    [1, 0, 0.8413447460685429, 0.5],
    [3, Number.POSITIVE_INFINITY, 0, 0],
    [3, Number.NEGATIVE_INFINITY, 1, 1],
  ])('d %d, threshold %d → TPR %d, FPR %d', (d, t, tpr, fpr) => {
    const r = rates(d, t);
    expect(r.tpr).toBeCloseTo(tpr, 12);
    expect(r.fpr).toBeCloseTo(fpr, 12);
  });
});

describe('rocCurve', () => {
  it.each([0, 0.5, 1.8123876, 3])('runs from (0, 0) to (1, 1), thresholds falling, at d = %d', (d) => {
    const curve = rocCurve(d);
    expect(curve).toHaveLength(101);
    expect(curve[0]).toEqual({ fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY });
    expect(curve.at(-1)).toEqual({ fpr: 1, tpr: 1, threshold: Number.NEGATIVE_INFINITY });
    for (let i = 1; i < curve.length; i += 1) {
      expect(curve[i]!.threshold).toBeLessThan(curve[i - 1]!.threshold);
      expect(curve[i]!.tpr).toBeGreaterThanOrEqual(curve[i - 1]!.tpr);
    }
  });

  it.each([0, 0.8, 1.8123876, 2.5])('encloses the AUC at d = %d', (d) => {
    const area = trapezium(rocCurve(d, 4001).map((p) => ({ x: p.fpr, y: p.tpr })));
    expect(area).toBeCloseTo(aucFromSeparation(d), 3);
  });

  it.each([1, 0, 2.5, -3])('rejects %d points', (points) => {
    expect(() => rocCurve(1, points)).toThrow(RangeError);
  });
});

describe('prCurve', () => {
  it.each([
    [1.5, 0.02, 1],
    [1.5, 0.3, 1],
    [0, 0.3, 0.3],
    [-1, 0.3, 0],
  ])('at d = %d and prevalence %d starts at precision %d and ends at the prevalence', (d, p, start) => {
    const curve = prCurve(d, p, 51);
    expect(curve).toHaveLength(51);
    expect(curve[0]).toMatchObject({ recall: 0, precision: start, threshold: Number.POSITIVE_INFINITY });
    expect(curve.at(-1)?.recall).toBe(1);
    expect(curve.at(-1)?.precision).toBeCloseTo(p, 12);
  });

  it('matches the precision of the counts at each threshold', () => {
    for (const point of prCurve(1.2, 0.05, 11).slice(1, -1)) {
      const m = metrics(countsAtThreshold(1.2, point.threshold, 10_000, 0.05));
      expect(m.sensitivity).toBeCloseTo(point.recall, 10);
      expect(m.precision).toBeCloseTo(point.precision, 10);
    }
  });
});

describe('auprc', () => {
  it.each([0.01, 0.02, 0.1, 0.5])('equals the prevalence %d for a model with no skill', (p) => {
    expect(auprc(0, p)).toBeCloseTo(p, 9);
  });

  it.each([
    [1, 0.02],
    [1.8123876, 0.02],
    [1.8123876, 0.1],
    [3, 0.3],
    [0.5, 0.5],
  ])('agrees with a fine trapezium over prCurve at d = %d, prevalence %d', (d, p) => {
    const area = trapezium(prCurve(d, p, 20_001).map((q) => ({ x: q.recall, y: q.precision })));
    expect(Math.abs(auprc(d, p) - area)).toBeLessThan(1e-4);
  });

  it('rises with prevalence and with separation', () => {
    expect(auprc(1.5, 0.1)).toBeGreaterThan(auprc(1.5, 0.02));
    expect(auprc(2, 0.02)).toBeGreaterThan(auprc(1.5, 0.02));
    expect(auprc(8, 0.1)).toBeCloseTo(1, 5);
  });
});

describe('countsAtThreshold', () => {
  it.each([
    [1.8123876, normalQuantile(0.9), 10_000, 0.02],
    [0.7, 0.3, 2_000, 0.15],
    [2, Number.POSITIVE_INFINITY, 500, 0.4],
  ])('splits everyone into the four cells (d %d, threshold %d, N %d, p %d)', (d, t, n, p) => {
    const c = countsAtThreshold(d, t, n, p);
    const { tpr, fpr } = rates(d, t);
    expect(c.tp + c.fn).toBeCloseTo(n * p, 9);
    expect(c.fp + c.tn).toBeCloseTo(n * (1 - p), 9);
    expect(c.tp).toBeCloseTo(n * p * tpr, 9);
    expect(c.fp).toBeCloseTo(n * (1 - p) * fpr, 9);
  });
});

describe('hanleyMcNeilSe', () => {
  it.each([
    // Hand-computed from Hanley and McNeil's formula, Q1 = A/(2 − A), Q2 = 2A²/(1 + A).
    [0.77, 450, 2550, 0.013573978],
    [0.8, 450, 2550, 0.012982158],
    [0.5, 100, 100, Math.sqrt((0.25 + 99 * (1 / 3 - 0.25) * 2) / 10_000)],
  ])('SE of AUC %d with %d positives and %d negatives is %d', (auc, nPos, nNeg, se) => {
    expect(hanleyMcNeilSe(auc, nPos, nNeg)).toBeCloseTo(se, 8);
  });

  it('shrinks as either group grows', () => {
    expect(hanleyMcNeilSe(0.8, 900, 2550)).toBeLessThan(hanleyMcNeilSe(0.8, 450, 2550));
    expect(hanleyMcNeilSe(0.8, 450, 5100)).toBeLessThan(hanleyMcNeilSe(0.8, 450, 2550));
  });

  it('is zero for a perfect AUC', () => {
    expect(hanleyMcNeilSe(1, 50, 50)).toBe(0);
  });
});
