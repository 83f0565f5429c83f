import type { AcquisitionKind } from '../../lib/stats/acquisition';
import {
  bestSoFar,
  boStep,
  initialObservations,
  LOG_LR_RANGE,
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

export const INITIAL_KIND: AcquisitionKind = 'ei';

export interface BoView {
  kind: AcquisitionKind;
  param: number;
  state: BoState;
  bo: number[];
  random: number[];
  /** The budget is spent: there is no next trial to show. */
  done: boolean;
  /** The proposed next trial repeats one already run: the acquisition sees nothing left to explore. */
  repeat: boolean;
}

/** An acquisition kind the figure offers; anything else is EI. */
export function clampKind(kind: string): AcquisitionKind {
  return kind === 'pi' || kind === 'ucb' ? kind : 'ei';
}

/** The parameter inside its slider's range; not a number gives the slider's starting value. */
export function clampParam(kind: AcquisitionKind, param: number): number {
  const p = PARAMETER[kind];
  if (!Number.isFinite(param)) return p.initial;
  return Math.min(p.max, Math.max(p.min, param));
}

/** Trials as the figure can show them: inside the learning-rate range, finite, and no more than the budget. */
function cleanObservations(observations: readonly Observation[]): Observation[] {
  const [low, high] = LOG_LR_RANGE;
  return observations
    .filter((o) => Number.isFinite(o.x) && Number.isFinite(o.y))
    .map((o) => ({ x: Math.min(high, Math.max(low, o.x)), y: o.y }))
    .slice(0, BUDGET);
}

/** The figure after a given set of trials: the surrogate, the acquisition, and the race against random search. */
export function boView(observations: readonly Observation[], kindInput: string, paramInput: number): BoView {
  const kind = clampKind(kindInput);
  const param = clampParam(kind, paramInput);
  const trials = cleanObservations(observations);
  const state = boStep(trials, kind, param);
  const random = randomSearchTrials(trials.length, mulberry32(RANDOM_SEED));
  return {
    kind,
    param,
    state,
    bo: bestSoFar(trials),
    random: bestSoFar(random),
    done: trials.length >= BUDGET,
    repeat: trials.some((o) => Math.abs(o.x - state.next) < 1e-9),
  };
}

export function nextObservations(view: BoView): Observation[] {
  if (view.done) return view.state.observations;
  const x = view.state.next;
  return [...view.state.observations, { x, y: validationLoss(x) }];
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '.': '·',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

export function superscript(text: string): string {
  return text
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('');
}

/** The learning rate as a decimal a clinician can read: 10^−2.30 → "0.0050". */
export function rateDecimal(logLr: number): string {
  const rounded = Number((10 ** logLr).toPrecision(2));
  return rounded.toFixed(Math.max(1, 1 - Math.floor(Math.log10(rounded))));
}

/** For the eye: "10⁻²·³⁰ ≈ 0.0050". */
export function rateText(logLr: number): string {
  return `10${superscript(logLr.toFixed(2))} ≈ ${rateDecimal(logLr)}`;
}

/** For the ear: "about 0.0050 (10 to the power −2.30)", never a caret. */
export function rateSpoken(logLr: number): string {
  return `about ${rateDecimal(logLr)} (10 to the power ${logLr.toFixed(2).replace('-', '−')})`;
}

/** What the figure says about the next trial, or that the budget is spent. */
export function nextText(view: BoView): string {
  if (view.done) return `Budget spent: all ${BUDGET} trials run.`;
  const again = view.repeat ? ' (already tried: no exploration left)' : '';
  return `Next trial at a learning rate of ${rateSpoken(view.state.next)}${again}.`;
}

export { initialObservations };
