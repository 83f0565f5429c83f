import { formatPercent, metrics, roundCounts, type ConfusionCounts } from '../../lib/diagnostic';
import { countsAtThreshold, rates, rocCurve, separationFromAuc } from '../../lib/roc';
import { esc, n, polyline, scale } from '../../lib/svg';

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

const SIZE = 240;
const box = { left: 36, top: 10, size: 190 };

export function rocSvg(view: RocView, id: string): string {
  const px = scale([0, 1], [box.left, box.left + box.size]);
  const py = scale([0, 1], [box.top + box.size, box.top]);
  const curve = rocCurve(SEPARATION, 81).map((p) => [px(p.fpr), py(p.tpr)] as const);
  return (
    `<svg viewBox="0 0 ${SIZE + 10} ${SIZE + 20}" role="img" aria-labelledby="${id}-t ${id}-d" class="roc-chart">` +
    `<title id="${id}-t">ROC curve of a model with AUC ${AUC}</title>` +
    `<desc id="${id}-d">${esc(`The current threshold sits at a false positive rate of ${formatPercent(view.point.fpr)} and a true positive rate of ${formatPercent(view.point.tpr)}.`)}</desc>` +
    `<rect class="roc-frame" x="${box.left}" y="${box.top}" width="${box.size}" height="${box.size}"/>` +
    `<line class="roc-chance" x1="${px(0)}" y1="${py(0)}" x2="${px(1)}" y2="${py(1)}"/>` +
    `<polyline class="roc-curve" points="${polyline(curve)}"/>` +
    `<circle class="roc-point" cx="${n(px(view.point.fpr))}" cy="${n(py(view.point.tpr))}" r="6"/>` +
    `<text x="${box.left + box.size / 2}" y="${box.top + box.size + 26}" text-anchor="middle">false positive rate (1 − specificity)</text>` +
    `<text x="10" y="${box.top + box.size / 2}" transform="rotate(-90 10 ${box.top + box.size / 2})" text-anchor="middle">true positive rate (sensitivity)</text>` +
    `<text x="${box.left - 4}" y="${box.top + box.size + 12}" text-anchor="end">0</text><text x="${box.left + box.size}" y="${box.top + box.size + 12}" text-anchor="end">1</text>` +
    `</svg>`
  );
}
