import { brierScore, calibrationInTheLarge, reliabilityBins, simulatedCohort, type Bin } from '../../lib/stats/calibration';
import { formatPercent, formatRate } from '../../lib/stats/diagnostic';
import { mulberry32 } from '../../lib/stats/prng';
import { CSS_PALETTE } from '../../lib/ui/figure-palette';
import { n, polyline, unitSquareSvg, type RenderOptions } from '../../lib/ui/svg';

/** One fixed cohort, so every position of the slider shows the same patients with different predictions. */
export const PATIENTS = 4000;
const SEED = 2019;
/** Bins with fewer patients than this are drawn hollow: their observed rate is mostly chance. */
export const SMALL_BIN = 20;
export const MISCALIBRATION_RANGE = [-1, 1] as const;

export interface ReliabilityView {
  miscalibration: number;
  label: string;
  bins: Bin[];
  brier: string;
  meanPredicted: string;
  observed: string;
  ratio: string;
  desc: string;
  svg: (id: string, options?: RenderOptions) => string;
  summary: string;
}

/** The slider's value, clamped to [−1, 1] and to its steps of 0.1; anything not a number is 0 (well calibrated). */
export function clampMiscalibration(m: number): number {
  if (!Number.isFinite(m)) return 0;
  const clamped = Math.min(MISCALIBRATION_RANGE[1], Math.max(MISCALIBRATION_RANGE[0], m));
  return Math.round(clamped * 10) / 10;
}

export function describeMiscalibration(m: number): string {
  const value = clampMiscalibration(m);
  if (Math.abs(value) < 0.05) return 'well calibrated';
  const size = Math.abs(value);
  const strength = size < 0.35 ? 'slightly' : size < 0.75 ? 'moderately' : 'strongly';
  // On average only: for m > 0 the lowest-risk patients are given risks that are too low, and the mirror image for m < 0.
  const shape = value > 0 ? 'too high on average, and too extreme' : 'too low on average, and too timid';
  return `predictions ${strength} ${shape} (strength ${Math.round(size * 10)} of 10)`;
}

type Side = 'above' | 'near' | 'below';

/** Whether a bin's observed rate is clearly above or below its mean prediction, allowing three standard errors of chance, so that noise alone rarely counts. */
function sideOf(bin: Bin): Side {
  const p = Math.min(0.99, Math.max(0.01, bin.meanPredicted));
  const allowance = Math.max(0.02, 3 * Math.sqrt((p * (1 - p)) / bin.count));
  if (bin.observed > bin.meanPredicted + allowance) return 'above';
  if (bin.observed < bin.meanPredicted - allowance) return 'below';
  return 'near';
}

const pct = (v: number) => formatPercent(v, 0);

/** Where the points are, in words: runs of bins above, near or below the diagonal, then the bins too small to trust. */
export function describeBins(bins: readonly Bin[]): string {
  const solid = bins.filter((b) => b.count >= SMALL_BIN);
  const runs: { side: Side; from: Bin; to: Bin }[] = [];
  for (const bin of solid) {
    const side = sideOf(bin);
    const last = runs[runs.length - 1];
    if (last && last.side === side) last.to = bin;
    else runs.push({ side, from: bin, to: bin });
  }
  const words: Record<Side, string> = { above: 'above the diagonal', near: 'close to the diagonal', below: 'below the diagonal' };
  const where = (r: (typeof runs)[number]) =>
    r.from === r.to
      ? `at ${pct(r.from.meanPredicted)} predicted risk`
      : `from ${pct(r.from.meanPredicted)} to ${pct(r.to.meanPredicted)} predicted risk`;
  let text =
    runs.length === 0
      ? 'No bin holds enough patients to plot with confidence.'
      : runs.length === 1 && runs[0]!.side === 'near'
        ? 'All points lie close to the diagonal.'
        : `Points lie ${runs.map((r) => `${words[r.side]} ${where(r)}`).join(', then ')}.`;
  const small = bins.filter((b) => b.count < SMALL_BIN);
  if (small.length > 0) {
    text +=
      ` Hollow markers hold fewer than ${SMALL_BIN} patients: ` +
      small
        .map((b) => `${pct(b.lower)}–${pct(b.upper)} (${b.count} ${b.count === 1 ? 'patient' : 'patients'}, observed ${pct(b.observed)})`)
        .join('; ') +
      '.';
  }
  return text;
}

export function reliabilityView(miscalibration: number): ReliabilityView {
  const m = clampMiscalibration(miscalibration);
  const cohort = simulatedCohort({ n: PATIENTS, miscalibration: m, rng: mulberry32(SEED) });
  const bins = reliabilityBins(cohort.predicted, cohort.outcomes, 10);
  const large = calibrationInTheLarge(cohort.predicted, cohort.outcomes);
  const brier = brierScore(cohort.predicted, cohort.outcomes).toFixed(3);
  const meanPredicted = formatRate(large.meanPredicted);
  const observed = formatRate(large.observed);
  const ratio = Number.isFinite(large.observedToExpected) ? large.observedToExpected.toFixed(2) : '—';
  const label = describeMiscalibration(m);
  const desc = `Average predicted risk ${meanPredicted}; observed ${observed}. ${describeBins(bins)} Marker area shows how many patients each bin holds.`;
  const largest = Math.max(1, ...bins.map((b) => b.count));
  const svg = (id: string, options: RenderOptions = { palette: CSS_PALETTE }) => {
    const { palette } = options;
    return unitSquareSvg(
      {
        id,
        title: 'Reliability diagram: observed against predicted risk, in tenths',
        desc,
        xLabel: 'predicted risk',
        yLabel: 'observed frequency',
        body: (px, py) =>
          `<polyline class="rd-line" points="${polyline(bins.map((b) => [px(b.meanPredicted), py(b.observed)] as const))}" fill="none" stroke="${palette.accent}" stroke-width="2"/>` +
          bins
            .map((b) => {
              // Area in proportion to the bin's patients: a side of 13 for the fullest bin, never under 4.
              const side = Math.max(4, 13 * Math.sqrt(b.count / largest));
              const hollow = b.count < SMALL_BIN;
              return (
                `<rect class="rd-point${hollow ? ' rd-point-small' : ''}" x="${n(px(b.meanPredicted) - side / 2)}" y="${n(py(b.observed) - side / 2)}" ` +
                `width="${n(side)}" height="${n(side)}" fill="${hollow ? palette.surface : palette.accent}" stroke="${hollow ? palette.accent : palette.surface}" stroke-width="${hollow ? 1.5 : 1}"/>`
              );
            })
            .join(''),
      },
      options,
    );
  };
  return {
    miscalibration: m,
    label,
    bins,
    brier,
    meanPredicted,
    observed,
    ratio,
    desc,
    svg,
    summary: `${label}: mean predicted risk ${meanPredicted}, observed ${observed}, observed-to-expected ratio ${ratio}, Brier score ${brier}. ${describeBins(bins)}`,
  };
}
