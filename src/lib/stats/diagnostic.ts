/**
 * Two-by-two diagnostic arithmetic for the issues on sensitivity, specificity,
 * precision and recall. Every proportion is a number in [0, 1]; percentages are
 * produced only at the edge, by formatPercent.
 */
import { largestRemainder } from './rounding';

export interface Accuracy {
  sensitivity: number;
  specificity: number;
}

export interface ConfusionCounts {
  /** Disease present, model positive. */
  tp: number;
  /** Disease absent, model positive. */
  fp: number;
  /** Disease present, model negative. */
  fn: number;
  /** Disease absent, model negative. */
  tn: number;
}

/** A ratio that is NaN, rather than Infinity or a thrown error, when nobody is in the denominator. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

/**
 * Positive predictive value by Bayes' theorem: Se·p / (Se·p + (1 − Sp)(1 − p)).
 * NaN when no one would test positive (for example p = 0 with Sp = 1), because
 * the share of positives who are diseased is then undefined, not zero.
 */
export function ppv(sensitivity: number, specificity: number, prevalence: number): number {
  const truePositive = sensitivity * prevalence;
  const falsePositive = (1 - specificity) * (1 - prevalence);
  return ratio(truePositive, truePositive + falsePositive);
}

/**
 * Negative predictive value: Sp(1 − p) / (Sp(1 − p) + (1 − Se)p).
 * NaN when no one would test negative.
 */
export function npv(sensitivity: number, specificity: number, prevalence: number): number {
  const trueNegative = specificity * (1 - prevalence);
  const falseNegative = (1 - sensitivity) * prevalence;
  return ratio(trueNegative, trueNegative + falseNegative);
}

/**
 * Natural frequencies: how many of `population` people land in each cell.
 * Left unrounded so that sums and ratios stay exact; round only for display.
 */
export function expectedCounts(population: number, prevalence: number, sensitivity: number, specificity: number): ConfusionCounts {
  const diseased = population * prevalence;
  const healthy = population - diseased;
  return {
    tp: diseased * sensitivity,
    fn: diseased * (1 - sensitivity),
    fp: healthy * (1 - specificity),
    tn: healthy * specificity,
  };
}

/** Each cell rounded on its own; the cells may then no longer sum exactly to the population. */
export function roundCounts(c: ConfusionCounts): ConfusionCounts {
  return { tp: Math.round(c.tp), fp: Math.round(c.fp), fn: Math.round(c.fn), tn: Math.round(c.tn) };
}

/**
 * Whole people for a displayed two-by-two table that adds up: the population
 * is split into the two classes, then each class into its two cells, each step
 * by largest-remainder rounding. So the four cells sum to the rounded total,
 * and each column (TP + FN, FP + TN) to its rounded class size.
 */
export function wholeCounts(c: ConfusionCounts): ConfusionCounts {
  const [diseased, healthy] = largestRemainder([c.tp + c.fn, c.fp + c.tn]) as [number, number];
  const [tp, fn] = largestRemainder([c.tp, c.fn], diseased) as [number, number];
  const [fp, tn] = largestRemainder([c.fp, c.tn], healthy) as [number, number];
  return { tp, fp, fn, tn };
}

/**
 * Every summary the issues quote, read off one confusion matrix.
 *
 * Each ratio is NaN when its denominator is empty: precision when the model
 * flags no one, NPV when it clears no one, sensitivity with no diseased people,
 * specificity with no healthy ones. An island should show NaN as "undefined",
 * never as 0%, because no patient was counted either way.
 *
 * F1 uses the count form 2TP / (2TP + FP + FN), which stays defined (as 0)
 * when the model flags no one but misses real cases.
 */
export function metrics(c: ConfusionCounts): {
  sensitivity: number;
  specificity: number;
  precision: number;
  npv: number;
  accuracy: number;
  f1: number;
  prevalence: number;
} {
  const total = c.tp + c.fp + c.fn + c.tn;
  return {
    sensitivity: ratio(c.tp, c.tp + c.fn),
    specificity: ratio(c.tn, c.tn + c.fp),
    precision: ratio(c.tp, c.tp + c.fp),
    npv: ratio(c.tn, c.tn + c.fn),
    accuracy: ratio(c.tp + c.tn, total),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    prevalence: ratio(c.tp + c.fn, total),
  };
}

/**
 * Harmonic mean of precision and recall. Zero when both are zero, the limit
 * the count form gives; NaN if either input is NaN.
 */
export function f1(precision: number, recall: number): number {
  if (Number.isNaN(precision) || Number.isNaN(recall)) return Number.NaN;
  if (precision + recall === 0) return 0;
  return (2 * precision * recall) / (precision + recall);
}

const percentFormats = new Map<number, Intl.NumberFormat>();

/**
 * A proportion as a British-English percentage with a fixed number of decimal
 * places, so figures in a column line up: formatPercent(0.0833) → "8.3%".
 * Undefined values (NaN, ±Infinity) come back as an em dash rather than "NaN%".
 */
export function formatPercent(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  let format = percentFormats.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      // A tiny negative rounding error should not print as "-0.0%".
      signDisplay: 'negative',
    });
    percentFormats.set(digits, format);
  }
  return format.format(value);
}

/**
 * formatPercent for a rate a reader may take at face value: a value strictly
 * between 0 and 1 never prints as "0.0%" or "100.0%" (a 100% NPV tells a
 * clinician a negative rules the disease out). Near the ends it reads
 * "< 0.1%" or "> 99.9%" instead, at the chosen number of decimals.
 */
export function formatRate(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const shown = formatPercent(value, digits);
  const steps = 10 ** (digits + 2);
  if (value > 0 && value < 1) {
    const rounded = Math.round(value * steps);
    if (rounded === 0) return `< ${formatPercent(1 / steps, digits)}`;
    if (rounded >= steps) return `> ${formatPercent(1 - 1 / steps, digits)}`;
  }
  return shown;
}
