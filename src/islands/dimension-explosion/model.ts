import { formatCount, formatDuration, gridTrials, logFraction, RANDOM_TRIALS_FOR_TOP_5 } from '../../lib/stats/dimensions';

export interface DimensionState {
  hyperparameters: number;
  values: number;
  minutesPerRun: number;
}

export const LIMITS = { hyperparameters: [1, 12], values: [2, 10] } as const;
/** The bar's right-hand end: the biggest grid the controls can ask for. */
const MAX_TRIALS = gridTrials(LIMITS.values[1], LIMITS.hyperparameters[1]);

export interface DimensionView {
  trials: number;
  trialsText: string;
  gridTime: string;
  randomTime: string;
  barFraction: number;
  randomBarFraction: number;
  summary: string;
}

export function dimensionView(state: DimensionState): DimensionView {
  const trials = gridTrials(state.values, state.hyperparameters);
  const gridTime = formatDuration(trials * state.minutesPerRun);
  const randomTime = formatDuration(RANDOM_TRIALS_FOR_TOP_5 * state.minutesPerRun);
  return {
    trials,
    trialsText: formatCount(trials),
    gridTime,
    randomTime,
    barFraction: logFraction(trials, MAX_TRIALS),
    randomBarFraction: logFraction(RANDOM_TRIALS_FOR_TOP_5, MAX_TRIALS),
    summary:
      `${state.values} values for each of ${state.hyperparameters} hyperparameters: a grid of ${formatCount(trials)} training runs, ` +
      `${gridTime} at ${state.minutesPerRun} minutes each. Random search needs ${RANDOM_TRIALS_FOR_TOP_5} runs (${randomTime}) ` +
      `for a 95% chance of one in the best 5%.`,
  };
}
