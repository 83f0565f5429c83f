import { formatCount, formatDuration, gridTrials, logFraction, RANDOM_TRIALS_FOR_TOP_5 } from '../../lib/stats/dimensions';

export interface DimensionState {
  hyperparameters: number;
  values: number;
  minutesPerRun: number;
}

export const LIMITS = { hyperparameters: [1, 12], values: [2, 10], minutesPerRun: [1, 240] } as const;
/** The choices the minutes menu offers. */
export const MINUTE_CHOICES = [1, 2, 10, 30, 60, 240] as const;
/** What the figure shows before any interaction: issue 1's example of five values for six hyperparameters. */
export const INITIAL_STATE: DimensionState = { hyperparameters: 6, values: 5, minutesPerRun: 2 };
/** The bar's right-hand end: the biggest grid the controls can ask for. */
const MAX_TRIALS = gridTrials(LIMITS.values[1], LIMITS.hyperparameters[1]);

export interface DimensionView {
  state: DimensionState;
  trials: number;
  trialsText: string;
  gridTime: string;
  randomTime: string;
  barFraction: number;
  randomBarFraction: number;
  summary: string;
}

function clampWhole(value: number, [low, high]: readonly [number, number], fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(high, Math.max(low, Math.round(value)));
}

/** Every count inside the controls' limits, whatever the controls (or a hand-edited page) hold. */
export function clampState(state: DimensionState): DimensionState {
  const minutes = state.minutesPerRun;
  return {
    hyperparameters: clampWhole(state.hyperparameters, LIMITS.hyperparameters, INITIAL_STATE.hyperparameters),
    values: clampWhole(state.values, LIMITS.values, INITIAL_STATE.values),
    minutesPerRun: Number.isFinite(minutes)
      ? Math.min(LIMITS.minutesPerRun[1], Math.max(LIMITS.minutesPerRun[0], minutes))
      : INITIAL_STATE.minutesPerRun,
  };
}

export function minutesText(minutes: number): string {
  return `${formatCount(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

export function dimensionView(input: DimensionState): DimensionView {
  const state = clampState(input);
  const trials = gridTrials(state.values, state.hyperparameters);
  const gridTime = formatDuration(trials * state.minutesPerRun);
  const randomTime = formatDuration(RANDOM_TRIALS_FOR_TOP_5 * state.minutesPerRun);
  return {
    state,
    trials,
    trialsText: formatCount(trials),
    gridTime,
    randomTime,
    barFraction: logFraction(trials, MAX_TRIALS),
    randomBarFraction: logFraction(RANDOM_TRIALS_FOR_TOP_5, MAX_TRIALS),
    summary:
      `${state.values} values for each of ${state.hyperparameters} ${state.hyperparameters === 1 ? 'hyperparameter' : 'hyperparameters'}: ` +
      `a grid of ${formatCount(trials)} training ${trials === 1 ? 'run' : 'runs'}, ${gridTime} at ${minutesText(state.minutesPerRun)} each. ` +
      `Random search needs ${RANDOM_TRIALS_FOR_TOP_5} runs (${randomTime}) for a 95% chance of one in the best 5% of the space.`,
  };
}
