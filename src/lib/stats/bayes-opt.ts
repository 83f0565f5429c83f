/**
 * Bayesian optimisation of one hyperparameter, the learning rate, searched on
 * a log scale: x = log10(learning rate) in [−5, 0].
 *
 * Convention: we MINIMISE a validation loss, so lower is better throughout,
 * and acquisition scores are arranged so that the argmax is the next trial.
 */
import { acquisition as score, argmax, type AcquisitionKind } from './acquisition';
import { posterior, type GpOptions, type Posterior } from './gaussian-process';

export const LOG_LR_RANGE = [-5, 0] as const;

export interface Observation {
  x: number;
  y: number;
}

export interface BoState {
  observations: Observation[];
  posterior: Posterior;
  acquisition: number[];
  grid: number[];
  next: number;
}

/** Tuned by eye to the loss curves the figures sit beside; the length scale suits a range five units wide. */
const DEFAULT_GP: GpOptions = { kernel: 'matern52', lengthScale: 0.6, signalSd: 0.4, noiseSd: 0.01 };

/** Before any data a typical untrained loss is a fair guess for the prior mean. */
const EMPTY_PRIOR_MEAN = 0.8;

/** A cautious small learning rate is where a person would usually start. */
const FIRST_TRIAL = -4;

function bump(x: number, centre: number, width: number): number {
  const d = (x - centre) / width;
  return Math.exp(-0.5 * d * d);
}

/**
 * The hidden curve the reader is trying to minimise: too small a rate barely
 * trains (loss ≈ 1), a broad good valley near 10^−2.3, a decoy valley near
 * 10^−3.8, and divergence as the rate approaches 1.
 */
export function validationLoss(logLr: number): number {
  return 1 - 0.75 * bump(logLr, -2.3, 0.7) - 0.42 * bump(logLr, -3.8, 0.3) + 0.4 * Math.exp(2.5 * logLr);
}

export function candidateGrid(count = 201): number[] {
  if (!(Number.isInteger(count) && count >= 2)) throw new RangeError(`count must be an integer of at least 2, got ${count}`);
  const [low, high] = LOG_LR_RANGE;
  const step = (high - low) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? high : low + i * step));
}

/** Fits the GP to the trials so far and scores every candidate for the next trial. */
export function boStep(observations: readonly Observation[], kind: AcquisitionKind, param: number, options?: Partial<GpOptions>): BoState {
  const gp: GpOptions = { ...DEFAULT_GP, ...options };
  const grid = candidateGrid();
  const xs = observations.map((o) => o.x);
  const ys = observations.map((o) => o.y);
  // Centring the prior on the data keeps unexplored regions from looking better or worse than what has been seen.
  const priorMean = ys.length > 0 ? ys.reduce((sum, y) => sum + y, 0) / ys.length : EMPTY_PRIOR_MEAN;
  const fit = posterior(xs, ys, grid, gp, priorMean);
  const best = ys.length > 0 ? Math.min(...ys) : priorMean;
  const scores = fit.mean.map((mu, i) => score(kind, mu, Math.sqrt(fit.variance[i] ?? 0), best, param, 'minimise'));
  const next = observations.length > 0 ? (grid[argmax(scores)] ?? FIRST_TRIAL) : FIRST_TRIAL;
  return { observations: [...observations], posterior: fit, acquisition: scores, grid, next };
}

/** Two fixed opening trials, one at each end of the sensible range, so every reader starts from the same place. */
export function initialObservations(): Observation[] {
  return [-4.5, -1].map((x) => ({ x, y: validationLoss(x) }));
}

export function randomSearchTrials(count: number, rng: () => number): Observation[] {
  const [low, high] = LOG_LR_RANGE;
  return Array.from({ length: count }, () => {
    const x = low + (high - low) * rng();
    return { x, y: validationLoss(x) };
  });
}

/** The lowest loss found after each trial: the line a tuning-progress chart draws. */
export function bestSoFar(observations: readonly Observation[]): number[] {
  let best = Infinity;
  return observations.map((o) => (best = Math.min(best, o.y)));
}
