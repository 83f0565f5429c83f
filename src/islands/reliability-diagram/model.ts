import { brierScore, calibrationInTheLarge, reliabilityBins, simulatedCohort } from '../../lib/stats/calibration';
import { formatPercent } from '../../lib/stats/diagnostic';
import { mulberry32 } from '../../lib/stats/prng';
import { n, polyline, unitSquareSvg } from '../../lib/ui/svg';

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
  const svg = (id: string) =>
    unitSquareSvg({
      id,
      title: 'Reliability diagram: observed against predicted risk, in tenths',
      desc: `Average predicted risk ${meanPredicted}; observed ${observed}. Points below the diagonal mean the model predicts too high.`,
      xLabel: 'predicted risk',
      yLabel: 'observed frequency',
      body: (px, py) =>
        `<polyline class="rd-line" points="${polyline(bins.map((b) => [px(b.meanPredicted), py(b.observed)] as const))}"/>` +
        bins
          .map((b) => `<rect class="rd-point" x="${n(px(b.meanPredicted) - 4)}" y="${n(py(b.observed) - 4)}" width="8" height="8"/>`)
          .join(''),
    });
  return {
    brier,
    meanPredicted,
    observed,
    ratio,
    svg,
    summary: `${describeMiscalibration(miscalibration)}: mean predicted risk ${meanPredicted}, observed ${observed}, observed-to-expected ratio ${ratio}, Brier score ${brier}.`,
  };
}
