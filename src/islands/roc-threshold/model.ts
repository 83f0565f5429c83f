import { formatRate, metrics, wholeCounts, type ConfusionCounts } from '../../lib/stats/diagnostic';
import { normalQuantile } from '../../lib/stats/normal';
import { aucFromSeparation, countsAtThreshold, rates, rocCurve } from '../../lib/stats/roc';
import { CSS_PALETTE } from '../../lib/ui/figure-palette';
import { n, polyline, unitSquareSvg, type RenderOptions } from '../../lib/ui/svg';

/**
 * The sepsis example of issue 5: 2% prevalence, 10,000 admissions, and a model
 * whose alert threshold gives sensitivity 70% at specificity 90% (140 / 980 /
 * 60 / 8,820). Under the equal-variance binormal model that fixes the
 * separation: d = Φ⁻¹(0.9) + Φ⁻¹(0.7) = 1.806, so AUC = Φ(d/√2) = 0.899, the
 * issue's "AUC 0.90". (An AUC of exactly 0.90 would give 70.2% sensitivity at
 * that point, and a figure that disagreed with the table above it.)
 */
export const PREVALENCE = 0.02;
export const POPULATION = 10_000;
export const OPENING_SPECIFICITY = 0.9;
export const OPENING_SENSITIVITY = 0.7;
/** The threshold with a 10% false positive rate: Φ⁻¹(0.9) = 1.2816 standard deviations. */
export const OPENING_THRESHOLD = normalQuantile(OPENING_SPECIFICITY);
export const SEPARATION = OPENING_THRESHOLD + normalQuantile(OPENING_SENSITIVITY);
export const AUC = aucFromSeparation(SEPARATION);
/** The AUC as the caption prints it. */
export const AUC_TEXT = AUC.toFixed(2);

/**
 * The slider moves in steps of 0.1 standard deviations from the opening
 * threshold, so the worked example is a position the reader can return to:
 * positions −33 to 27 span thresholds from −2.02 to 3.98.
 */
export const THRESHOLD_STEP = 0.1;
export const POSITION_RANGE = [-33, 27] as const;

/** A slider position as a whole number inside the range; anything else (NaN, text) is the opening. */
export function clampPosition(position: number): number {
  if (!Number.isFinite(position)) return 0;
  return Math.min(POSITION_RANGE[1], Math.max(POSITION_RANGE[0], Math.round(position)));
}

export function thresholdAt(position: number): number {
  return OPENING_THRESHOLD + clampPosition(position) * THRESHOLD_STEP;
}

export interface RocView {
  position: number;
  threshold: number;
  thresholdText: string;
  /** Whole admissions for the table: largest-remainder rounding, so they sum to 10,000 and to each column. */
  counts: ConfusionCounts;
  sepsis: number;
  noSepsis: number;
  sensitivity: string;
  specificity: string;
  precision: string;
  accuracy: string;
  point: { fpr: number; tpr: number };
  fprText: string;
  valueText: string;
  desc: string;
  summary: string;
}

const fmt = (value: number) => value.toLocaleString('en-GB');

export function rocView(position: number): RocView {
  const clamped = clampPosition(position);
  const threshold = thresholdAt(clamped);
  const exact = countsAtThreshold(SEPARATION, threshold, POPULATION, PREVALENCE);
  const counts = wholeCounts(exact);
  // Every percentage comes from the exact expected counts, never from the rounded ones.
  const m = metrics(exact);
  const point = rates(SEPARATION, threshold);
  const sensitivity = formatRate(m.sensitivity);
  const specificity = formatRate(m.specificity);
  const precision = exact.tp + exact.fp > 0 ? formatRate(m.precision) : 'none flagged';
  const accuracy = formatRate(m.accuracy);
  const thresholdText = threshold.toFixed(2);
  const alerts = counts.tp + counts.fp;
  return {
    position: clamped,
    threshold,
    thresholdText,
    counts,
    sepsis: counts.tp + counts.fn,
    noSepsis: counts.fp + counts.tn,
    sensitivity,
    specificity,
    precision,
    accuracy,
    point,
    fprText: formatRate(point.fpr),
    valueText: `score threshold ${thresholdText}, false positive rate ${formatRate(point.fpr)}`,
    desc:
      `A curve bowing towards the top left corner. The point for an alert at scores above ${thresholdText} sits at a false positive rate of ` +
      `${formatRate(point.fpr)} (specificity ${specificity}) and a true positive rate of ${sensitivity} (sensitivity).`,
    summary:
      `Threshold ${thresholdText}: sensitivity ${sensitivity}, specificity ${specificity}, precision ${precision}, accuracy ${accuracy}; ` +
      `${fmt(alerts)} ${alerts === 1 ? 'alert' : 'alerts'} per ${fmt(POPULATION)} admissions, ${fmt(counts.tp)} of them true.`,
  };
}

export function rocSvg(view: RocView, id: string, options: RenderOptions = { palette: CSS_PALETTE }): string {
  const { palette } = options;
  return unitSquareSvg(
    {
      id,
      title: `ROC curve of a model with AUC ${AUC_TEXT}`,
      desc: view.desc,
      xLabel: 'false positive rate (1 − specificity)',
      yLabel: 'true positive rate (sensitivity)',
      body: (px, py) =>
        `<polyline class="roc-curve" points="${polyline(rocCurve(SEPARATION, 81).map((p) => [px(p.fpr), py(p.tpr)] as const))}" fill="none" stroke="${palette.accent}" stroke-width="2.5"/>` +
        `<circle class="roc-point" cx="${n(px(view.point.fpr))}" cy="${n(py(view.point.tpr))}" r="6" fill="${palette.accent2}" stroke="${palette.ink}" stroke-width="1.5"/>`,
    },
    options,
  );
}
