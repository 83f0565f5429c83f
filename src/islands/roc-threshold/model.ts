import { formatPercent, metrics, roundCounts, type ConfusionCounts } from '../../lib/stats/diagnostic';
import { countsAtThreshold, rates, rocCurve, separationFromAuc } from '../../lib/stats/roc';
import { n, polyline, unitSquareSvg } from '../../lib/ui/svg';

/** The sepsis example of issue 5: AUC 0.90, 2% prevalence, 10,000 admissions. */
export const AUC = 0.9;
export const PREVALENCE = 0.02;
export const POPULATION = 10_000;
export const SEPARATION = separationFromAuc(AUC);
export const THRESHOLD_RANGE = [-2, 4] as const;

export interface RocView {
  counts: ConfusionCounts;
  sensitivity: string;
  specificity: string;
  precision: string;
  accuracy: string;
  point: { fpr: number; tpr: number };
  summary: string;
}

export function rocView(threshold: number): RocView {
  const counts = roundCounts(countsAtThreshold(SEPARATION, threshold, POPULATION, PREVALENCE));
  const m = metrics(counts);
  const point = rates(SEPARATION, threshold);
  const sensitivity = formatPercent(m.sensitivity);
  const specificity = formatPercent(m.specificity);
  const precision = Number.isNaN(m.precision) ? 'none flagged' : formatPercent(m.precision);
  const accuracy = formatPercent(m.accuracy);
  return {
    counts,
    sensitivity,
    specificity,
    precision,
    accuracy,
    point,
    summary: `Threshold ${threshold.toFixed(1)}: sensitivity ${sensitivity}, specificity ${specificity}, precision ${precision}, accuracy ${accuracy}; ${counts.tp + counts.fp} alerts, ${counts.tp} of them true.`,
  };
}

export function rocSvg(view: RocView, id: string): string {
  return unitSquareSvg({
    id,
    title: `ROC curve of a model with AUC ${AUC}`,
    desc: `The current threshold sits at a false positive rate of ${formatPercent(view.point.fpr)} and a true positive rate of ${formatPercent(view.point.tpr)}.`,
    xLabel: 'false positive rate (1 − specificity)',
    yLabel: 'true positive rate (sensitivity)',
    body: (px, py) =>
      `<polyline class="roc-curve" points="${polyline(rocCurve(SEPARATION, 81).map((p) => [px(p.fpr), py(p.tpr)] as const))}"/>` +
      `<circle class="roc-point" cx="${n(px(view.point.fpr))}" cy="${n(py(view.point.tpr))}" r="6"/>`,
  });
}
