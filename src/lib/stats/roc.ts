/**
 * The binormal model behind the ROC island: scores of patients without the
 * outcome follow N(0, 1) and scores of patients with it follow N(d, 1). One
 * number, the separation d, then fixes the ROC curve, and prevalence adds what
 * the precision–recall curve needs. Issue 5's illustrative AUC and AUPRC come
 * from this same assumption.
 */

import type { ConfusionCounts } from './diagnostic';
import { normalCdf, normalPdf, normalQuantile } from './normal';

/** AUC = P(S₊ > S₋); the difference of the two scores is N(d, 2). */
export function aucFromSeparation(d: number): number {
  return normalCdf(d / Math.SQRT2);
}

/** Inverse of aucFromSeparation: an AUC of 0.5 gives d = 0, and AUC below 0.5 a negative d. */
export function separationFromAuc(auc: number): number {
  return Math.SQRT2 * normalQuantile(auc);
}

/**
 * True and false positive rates when a score above `threshold` raises an alert.
 * Written with Φ of the negated argument, not 1 − Φ, to keep small rates exact.
 */
export function rates(d: number, threshold: number): { tpr: number; fpr: number } {
  return { tpr: normalCdf(d - threshold), fpr: normalCdf(-threshold) };
}

function checkPoints(points: number): void {
  if (!Number.isInteger(points) || points < 2) {
    throw new RangeError(`A curve needs at least 2 points, not ${points}`);
  }
}

/**
 * The ROC curve from the strictest threshold (+∞, the point (0, 0)) to the
 * most lenient (−∞, the point (1, 1)). Points are evenly spaced in false
 * positive rate, so the plot is equally detailed along its horizontal axis.
 */
export function rocCurve(d: number, points = 101): { fpr: number; tpr: number; threshold: number }[] {
  checkPoints(points);
  const curve: { fpr: number; tpr: number; threshold: number }[] = [];
  for (let i = 0; i < points; i += 1) {
    const fpr = i / (points - 1);
    const threshold = -normalQuantile(fpr);
    curve.push({ fpr, tpr: rates(d, threshold).tpr, threshold });
  }
  return curve;
}

/**
 * Precision at a threshold. As the threshold rises towards +∞ both rates
 * vanish; the limit is 1 when the positives' scores sit higher (d > 0), the
 * prevalence when the groups coincide, and 0 when they sit lower.
 */
function precisionAt(d: number, threshold: number, prevalence: number): number {
  const { tpr, fpr } = rates(d, threshold);
  const truePositive = prevalence * tpr;
  const falsePositive = (1 - prevalence) * fpr;
  const flagged = truePositive + falsePositive;
  if (flagged > 0) return truePositive / flagged;
  if (d > 0) return 1;
  return d === 0 ? prevalence : 0;
}

/**
 * The precision–recall curve, from recall 0 (threshold +∞) to recall 1
 * (threshold −∞, where precision equals the prevalence). Points are evenly
 * spaced in recall, the horizontal axis of the plot.
 */
export function prCurve(d: number, prevalence: number, points = 101): { recall: number; precision: number; threshold: number }[] {
  checkPoints(points);
  const curve: { recall: number; precision: number; threshold: number }[] = [];
  for (let i = 0; i < points; i += 1) {
    const recall = i / (points - 1);
    const threshold = d - normalQuantile(recall);
    curve.push({ recall, precision: precisionAt(d, threshold, prevalence), threshold });
  }
  return curve;
}

/** Half-width, in standard deviations, of the positives' score range integrated over. */
const INTEGRATION_HALF_WIDTH = 10;
/** Simpson intervals; the integrand is smooth, so this is far beyond the 1e-3 the island needs. */
const INTEGRATION_INTERVALS = 2000;

/**
 * Area under the precision–recall curve: ∫ precision d(recall). Recall is the
 * positives' CDF, so integrating over the threshold t weights precision(t) by
 * the positives' density φ(t − d). That keeps the steep start of the curve,
 * which straight-line joins would overstate, inside a smooth integrand.
 */
export function auprc(d: number, prevalence: number): number {
  const lower = d - INTEGRATION_HALF_WIDTH;
  const step = (2 * INTEGRATION_HALF_WIDTH) / INTEGRATION_INTERVALS;
  let sum = 0;
  for (let i = 0; i <= INTEGRATION_INTERVALS; i += 1) {
    const t = lower + i * step;
    const weight = i === 0 || i === INTEGRATION_INTERVALS ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * precisionAt(d, t, prevalence) * normalPdf(t - d);
  }
  return (sum * step) / 3;
}

/** Expected confusion matrix, unrounded, for `population` patients at one threshold. */
export function countsAtThreshold(d: number, threshold: number, population: number, prevalence: number): ConfusionCounts {
  const { tpr, fpr } = rates(d, threshold);
  const positives = population * prevalence;
  const negatives = population - positives;
  return {
    tp: positives * tpr,
    fn: positives * (1 - tpr),
    fp: negatives * fpr,
    tn: negatives * (1 - fpr),
  };
}

/**
 * Hanley and McNeil's (1982) standard error of an AUC of `auc` measured on
 * nPos patients with the outcome and nNeg without. Q1 and Q2 are the
 * probabilities that two positives both outrank one negative, and that one
 * positive outranks two negatives, under their exponential approximation.
 */
export function hanleyMcNeilSe(auc: number, nPos: number, nNeg: number): number {
  const a2 = auc * auc;
  const q1 = auc / (2 - auc);
  const q2 = (2 * a2) / (1 + auc);
  const variance = (auc * (1 - auc) + (nPos - 1) * (q1 - a2) + (nNeg - 1) * (q2 - a2)) / (nPos * nNeg);
  return Math.sqrt(variance);
}
