/**
 * Calibration and overall-performance arithmetic for issue 6 and the
 * reliability-diagram island. Predicted risks are probabilities in [0, 1];
 * outcomes are 1 for an event and 0 for none.
 */

import { normalQuantile } from './normal';

export interface Bin {
  lower: number;
  upper: number;
  count: number;
  meanPredicted: number;
  /** Observed event rate among the bin's patients. */
  observed: number;
}

export interface PredictionGroup {
  /** The risk every patient in the group was given. */
  predicted: number;
  patients: number;
  events: number;
}

function checkPaired(predicted: readonly number[], outcomes: readonly (0 | 1)[]): void {
  if (predicted.length !== outcomes.length) {
    throw new RangeError(`Each prediction needs one outcome: ${predicted.length} predictions, ${outcomes.length} outcomes`);
  }
}

/** Mean squared difference between predicted risk and outcome; NaN for no patients. */
export function brierScore(predicted: readonly number[], outcomes: readonly (0 | 1)[]): number {
  checkPaired(predicted, outcomes);
  if (predicted.length === 0) return Number.NaN;
  let sum = 0;
  predicted.forEach((p, i) => {
    const error = p - (outcomes[i] ?? 0);
    sum += error * error;
  });
  return sum / predicted.length;
}

/**
 * Equal-width bins over [0, 1] for a reliability diagram. Empty bins are left
 * out rather than reported with a NaN observed rate, so a plot can draw every
 * bin it receives. A prediction of exactly 1 belongs to the top bin, and any
 * value outside [0, 1] is counted in the nearest end bin.
 */
export function reliabilityBins(predicted: readonly number[], outcomes: readonly (0 | 1)[], bins = 10): Bin[] {
  checkPaired(predicted, outcomes);
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`Need a whole number of bins, not ${bins}`);
  const counts = new Array<number>(bins).fill(0);
  const predictedSums = new Array<number>(bins).fill(0);
  const eventSums = new Array<number>(bins).fill(0);
  predicted.forEach((p, i) => {
    const index = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    counts[index] = (counts[index] ?? 0) + 1;
    predictedSums[index] = (predictedSums[index] ?? 0) + p;
    eventSums[index] = (eventSums[index] ?? 0) + (outcomes[i] ?? 0);
  });
  const result: Bin[] = [];
  for (let i = 0; i < bins; i += 1) {
    const count = counts[i] ?? 0;
    if (count === 0) continue;
    result.push({
      lower: i / bins,
      upper: (i + 1) / bins,
      count,
      meanPredicted: (predictedSums[i] ?? 0) / count,
      observed: (eventSums[i] ?? 0) / count,
    });
  }
  return result;
}

/**
 * Average predicted risk against the overall event rate. The
 * observed-to-expected ratio is below 1 when the model overestimates risk;
 * it is NaN for an empty cohort and Infinity if every prediction is 0 yet
 * events occurred.
 */
export function calibrationInTheLarge(
  predicted: readonly number[],
  outcomes: readonly (0 | 1)[],
): { meanPredicted: number; observed: number; observedToExpected: number } {
  checkPaired(predicted, outcomes);
  if (predicted.length === 0) {
    return { meanPredicted: Number.NaN, observed: Number.NaN, observedToExpected: Number.NaN };
  }
  const meanPredicted = predicted.reduce((sum, p) => sum + p, 0) / predicted.length;
  const observed = outcomes.reduce<number>((sum, y) => sum + y, 0) / outcomes.length;
  return { meanPredicted, observed, observedToExpected: observed / meanPredicted };
}

/**
 * The Brier score when each group of patients shares one prediction: events
 * contribute (1 − p)² each and non-events p², so a risk table is enough and no
 * patient-level list need be built. NaN for no patients.
 */
export function groupedBrier(groups: readonly PredictionGroup[]): number {
  let sum = 0;
  let patients = 0;
  for (const g of groups) {
    sum += g.events * (1 - g.predicted) ** 2 + (g.patients - g.events) * g.predicted ** 2;
    patients += g.patients;
  }
  return patients === 0 ? Number.NaN : sum / patients;
}

/**
 * Every pair of one patient with the event and one without, sorted by whether
 * the patient with the event has the higher prediction (concordant), the same
 * prediction (tied) or the lower one (discordant). Groups with equal
 * predictions tie with each other as well as within themselves, since the
 * model cannot tell their patients apart.
 */
export function concordancePairs(groups: readonly PredictionGroup[]): {
  concordant: number;
  tied: number;
  discordant: number;
  pairs: number;
} {
  const byRisk = new Map<number, { events: number; nonEvents: number }>();
  for (const g of groups) {
    const level = byRisk.get(g.predicted) ?? { events: 0, nonEvents: 0 };
    level.events += g.events;
    level.nonEvents += g.patients - g.events;
    byRisk.set(g.predicted, level);
  }
  const levels = [...byRisk.entries()].sort(([a], [b]) => a - b).map(([, level]) => level);
  let nonEventsBelow = 0;
  let concordant = 0;
  let tied = 0;
  let events = 0;
  for (const level of levels) {
    concordant += level.events * nonEventsBelow;
    tied += level.events * level.nonEvents;
    nonEventsBelow += level.nonEvents;
    events += level.events;
  }
  const pairs = events * nonEventsBelow;
  return { concordant, tied, discordant: pairs - concordant - tied, pairs };
}

/**
 * The C-statistic (AUC) for grouped predictions: the share of event–non-event
 * pairs that are concordant, ties counting half. NaN when either outcome is
 * absent, because there are then no pairs to rank.
 */
export function concordance(groups: readonly PredictionGroup[]): number {
  const { concordant, tied, pairs } = concordancePairs(groups);
  return pairs === 0 ? Number.NaN : (concordant + 0.5 * tied) / pairs;
}

/**
 * Issue 3's split of expected squared error for patients whose true risk is
 * `trueRisk`, when a model's prediction for them varies across training
 * samples with mean `meanPrediction` and standard deviation `sdPrediction`.
 * With a 0/1 outcome the irreducible noise is the Bernoulli variance r(1 − r),
 * which is why this is also the expected Brier score.
 */
export function brierDecomposition(
  trueRisk: number,
  meanPrediction: number,
  sdPrediction: number,
): { biasSquared: number; variance: number; noise: number; expected: number } {
  const biasSquared = (meanPrediction - trueRisk) ** 2;
  const variance = sdPrediction ** 2;
  const noise = trueRisk * (1 - trueRisk);
  return { biasSquared, variance, noise, expected: biasSquared + variance + noise };
}

// The simulated cohort's true risks are logit-normal: a Beta-like hump that
// spans roughly 3% to 80% (median 27%, mean about 31%), so a ten-bin
// reliability diagram has patients in most bins and nobody sits at exactly 0 or 1.
const COHORT_MEAN_LOGIT = -1;
const COHORT_SD_LOGIT = 1.2;
/** Largest shift of the log-odds, at |miscalibration| = 1: odds multiplied or divided by e^0.8 ≈ 2.2. */
const MAX_INTERCEPT_SHIFT = 0.8;
/** log₂ of the slope: at |miscalibration| = 1 the spread of log-odds is doubled or halved. */
const MAX_LOG2_SLOPE = 1;
/** Keeps rng values of exactly 0 or 1 from producing infinite log-odds. */
const EDGE = 1e-12;

const expit = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * The distortion simulatedCohort applies: logit(pred) = intercept + slope·logit(true).
 *
 * With m = miscalibration in [−1, 1], the model's log-odds are pushed up by
 * 0.8·m and stretched by 2^m about the cohort's central log-odds (−1), so that
 * intercept = 0.8m + (−1)(1 − 2^m) and slope = 2^m. Pivoting the stretch at the
 * cohort's centre keeps the two effects from cancelling for a typical patient.
 *
 * - m = 0: intercept 0, slope 1, perfect calibration.
 * - m > 0: risks too high for the typical patient and too extreme (slope > 1,
 *   overconfident). The reliability diagram runs below the diagonal through
 *   the middle and is flatter than it, with a fitted calibration slope of
 *   1/2^m < 1, the pattern overfitting leaves.
 * - m < 0: risks too low for the typical patient and too timid, squeezed
 *   towards the centre, with a fitted calibration slope above 1.
 */
export function miscalibrationMap(miscalibration: number): { intercept: number; slope: number } {
  if (!(miscalibration >= -1 && miscalibration <= 1)) {
    throw new RangeError(`miscalibration must lie in [−1, 1], not ${miscalibration}`);
  }
  const slope = 2 ** (MAX_LOG2_SLOPE * miscalibration);
  const intercept = MAX_INTERCEPT_SHIFT * miscalibration + COHORT_MEAN_LOGIT * (1 - slope);
  return { intercept, slope };
}

/**
 * A cohort for the reliability-diagram island. Each patient takes two draws
 * from `rng`, in this order: one for the true risk (by inverse transform, so
 * a seeded rng gives the same cohort on every render) and one for the outcome,
 * an event when the draw falls below the true risk. The prediction is the true
 * risk distorted by miscalibrationMap, so calibration is the only thing the
 * slider changes: at every setting the ranking, and so the AUC, is unchanged.
 */
export function simulatedCohort(options: { n: number; miscalibration: number; rng: () => number }): {
  predicted: number[];
  outcomes: (0 | 1)[];
} {
  const { n, miscalibration, rng } = options;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Need a whole number of patients, not ${n}`);
  const { intercept, slope } = miscalibrationMap(miscalibration);
  const predicted: number[] = [];
  const outcomes: (0 | 1)[] = [];
  for (let i = 0; i < n; i += 1) {
    const u = Math.min(1 - EDGE, Math.max(EDGE, rng()));
    const trueLogit = COHORT_MEAN_LOGIT + COHORT_SD_LOGIT * normalQuantile(u);
    outcomes.push(rng() < expit(trueLogit) ? 1 : 0);
    predicted.push(expit(intercept + slope * trueLogit));
  }
  return { predicted, outcomes };
}
