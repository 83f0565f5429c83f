import { brierScore, calibrationInTheLarge, reliabilityBins, simulatedCohort } from '../../lib/calibration';
import { formatPercent } from '../../lib/diagnostic';
import { mulberry32 } from '../../lib/prng';
import { esc, n, polyline, scale } from '../../lib/svg';

/** One fixed cohort, so every position of the slider shows the same patients with different predictions. */
export const PATIENTS = 4000;
const SEED = 2019;

export interface ReliabilityView {
  brier: string;
  meanPredicted: string;
  observed: string;
  ratio: string;
  svg: (id: string) => string;
  summary: string;
}

export function describeMiscalibration(m: number): string {
  if (Math.abs(m) < 0.05) return 'well calibrated';
  return m > 0 ? `predictions too high and too extreme (${m.toFixed(1)})` : `predictions too low and too timid (${m.toFixed(1)})`;
}

export function reliabilityView(miscalibration: number): ReliabilityView {
  const cohort = simulatedCohort({ n: PATIENTS, miscalibration, rng: mulberry32(SEED) });
  const bins = reliabilityBins(cohort.predicted, cohort.outcomes, 10);
  const large = calibrationInTheLarge(cohort.predicted, cohort.outcomes);
  const brier = brierScore(cohort.predicted, cohort.outcomes).toFixed(3);
  const meanPredicted = formatPercent(large.meanPredicted);
  const observed = formatPercent(large.observed);
  const ratio = large.observedToExpected.toFixed(2);
  const svg = (id: string) => {
    const S = 240;
    const box = { left: 38, top: 10, size: 190 };
    const px = scale([0, 1], [box.left, box.left + box.size]);
    const py = scale([0, 1], [box.top + box.size, box.top]);
    const points = bins.map((b) => [px(b.meanPredicted), py(b.observed)] as const);
    return (
      `<svg viewBox="0 0 ${S + 10} ${S + 22}" role="img" aria-labelledby="${id}-t ${id}-d" class="rd-chart">` +
      `<title id="${id}-t">Reliability diagram: observed against predicted risk, in tenths</title>` +
      `<desc id="${id}-d">${esc(`Average predicted risk ${meanPredicted}; observed ${observed}. Points below the diagonal mean the model predicts too high.`)}</desc>` +
      `<rect class="rd-frame" x="${box.left}" y="${box.top}" width="${box.size}" height="${box.size}"/>` +
      `<line class="rd-ideal" x1="${px(0)}" y1="${py(0)}" x2="${px(1)}" y2="${py(1)}"/>` +
      `<polyline class="rd-line" points="${polyline(points)}"/>` +
      bins.map((b) => `<rect class="rd-point" x="${n(px(b.meanPredicted) - 4)}" y="${n(py(b.observed) - 4)}" width="8" height="8"/>`).join('') +
      `<text x="${box.left + box.size / 2}" y="${box.top + box.size + 26}" text-anchor="middle">predicted risk</text>` +
      `<text x="10" y="${box.top + box.size / 2}" transform="rotate(-90 10 ${box.top + box.size / 2})" text-anchor="middle">observed frequency</text>` +
      `<text x="${box.left - 4}" y="${box.top + box.size + 12}" text-anchor="end">0</text><text x="${box.left + box.size}" y="${box.top + box.size + 12}" text-anchor="end">1</text>` +
      `</svg>`
    );
  };
  return {
    brier,
    meanPredicted,
    observed,
    ratio,
    svg,
    summary: `${describeMiscalibration(miscalibration)}: mean predicted risk ${meanPredicted}, observed ${observed}, observed-to-expected ratio ${ratio}, Brier score ${brier}.`,
  };
}
