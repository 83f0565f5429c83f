import type { AcquisitionKind } from '../../lib/stats/acquisition';
import {
  bestSoFar,
  boStep,
  initialObservations,
  randomSearchTrials,
  validationLoss,
  type BoState,
  type Observation,
} from '../../lib/stats/bayes-opt';
import { mulberry32 } from '../../lib/stats/prng';

/** The trial budget for one run of the figure, and so for its random-search comparison. */
export const BUDGET = 15;
export const RANDOM_SEED = 7;

export const PARAMETER: Record<AcquisitionKind, { label: string; min: number; max: number; step: number; initial: number }> = {
  ei: { label: 'Exploration margin ξ', min: 0, max: 0.1, step: 0.005, initial: 0.01 },
  pi: { label: 'Exploration margin ξ', min: 0, max: 0.1, step: 0.005, initial: 0.01 },
  ucb: { label: 'Exploration weight κ', min: 0, max: 4, step: 0.1, initial: 2 },
};

export interface BoView {
  state: BoState;
  bo: number[];
  random: number[];
}

/** The figure after a given set of trials: the surrogate, the acquisition, and the race against random search. */
export function boView(observations: readonly Observation[], kind: AcquisitionKind, param: number): BoView {
  const state = boStep(observations, kind, param);
  const random = randomSearchTrials(observations.length, mulberry32(RANDOM_SEED));
  return { state, bo: bestSoFar(observations), random: bestSoFar(random) };
}

export function nextObservations(view: BoView): Observation[] {
  const x = view.state.next;
  return [...view.state.observations, { x, y: validationLoss(x) }];
}

export { initialObservations };
