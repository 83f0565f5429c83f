import { formatRate } from '../../lib/stats/diagnostic';
import { hitProbability, trialsForHit } from '../../lib/stats/hit-probability';
import { DEFAULT_SEED, mulberry32 } from '../../lib/stats/prng';
import {
  bestValue,
  distinctCount,
  gridLayout,
  importantProjections,
  makeObjective,
  randomLayout,
  type Objective,
  type Point,
  type RepeatSummary,
} from '../../lib/stats/search-layouts';

/** Everything the grid-versus-random figure shows, derived from three numbers a reader controls. */
export interface StrategiesState {
  seed: number;
  budget: number;
  importance: number;
}

export const BUDGET_RANGE = [4, 100] as const;
/** What the figure shows before any interaction: Bergstra and Bengio's 9 trials, with y barely mattering. */
export const INITIAL_STATE: StrategiesState = { seed: DEFAULT_SEED, budget: 9, importance: 0 };

export interface LayoutView {
  kind: 'grid' | 'random';
  points: Point[];
  distinct: number;
  best: number;
  bestPoint: Point | undefined;
}

export interface StrategiesView {
  state: StrategiesState;
  objective: Objective;
  /** The highest value f reaches anywhere on the square: the scale for "best found". */
  possible: number;
  grid: LayoutView & { side: number; unused: number };
  random: LayoutView;
}

/** The state inside the controls' limits: a whole budget of 4 to 100, importance in [0, 1], a 32-bit seed. */
export function clampState(state: StrategiesState): StrategiesState {
  const finite = (v: number, fallback: number) => (Number.isFinite(v) ? v : fallback);
  return {
    seed: Math.trunc(Math.min(2 ** 32 - 1, Math.max(0, finite(state.seed, INITIAL_STATE.seed)))),
    budget: Math.round(Math.min(BUDGET_RANGE[1], Math.max(BUDGET_RANGE[0], finite(state.budget, INITIAL_STATE.budget)))),
    importance: Math.min(1, Math.max(0, finite(state.importance, 0))),
  };
}

function view(kind: 'grid' | 'random', points: Point[], objective: Objective): LayoutView {
  let bestPoint: Point | undefined;
  for (const p of points) if (!bestPoint || objective.f(p) > objective.f(bestPoint)) bestPoint = p;
  return { kind, points, distinct: distinctCount(importantProjections(points)), best: bestValue(points, objective), bestPoint };
}

/** f = g(x) + h(y), so its maximum is the two maxima added; a fine scan of each is plenty for two decimals. */
function bestPossible(objective: Objective): number {
  let g = -Infinity;
  let h = -Infinity;
  for (let i = 0; i <= 2000; i += 1) {
    g = Math.max(g, objective.g(i / 2000));
    h = Math.max(h, objective.h(i / 2000));
  }
  return g + h;
}

export function strategiesView(input: StrategiesState): StrategiesView {
  const state = clampState(input);
  const objective = makeObjective(state.importance);
  const grid = gridLayout(state.budget);
  return {
    state,
    objective,
    possible: bestPossible(objective),
    grid: { ...view('grid', grid.points, objective), side: grid.side, unused: grid.unused },
    random: view('random', randomLayout(state.budget, mulberry32(state.seed)), objective),
  };
}

export function unusedText(unused: number): string {
  return unused === 0 ? 'no trials unused' : `${unused} ${unused === 1 ? 'trial' : 'trials'} unused`;
}

/** How much y matters relative to x: h's amplitude is 0.05 + 0.95·importance of g's, so it never quite reaches 0. */
export function importanceText(importance: number): string {
  const s = Math.min(1, Math.max(0, Number.isFinite(importance) ? importance : 0));
  const percent = Math.round((0.05 + 0.95 * s) * 100);
  if (percent >= 100) return 'both matter equally';
  if (s <= 0.001) return `y barely matters (${percent}% as much as x)`;
  return `y matters ${percent}% as much as x`;
}

/** The y axis's label, which follows the importance slider. */
export function yAxisText(importance: number): string {
  const s = Math.min(1, Math.max(0, Number.isFinite(importance) ? importance : 0));
  if (s >= 0.999) return 'y (matters as much as x) →';
  if (s <= 0.001) return 'y (barely matters) →';
  return `y (matters ${Math.round((0.05 + 0.95 * s) * 100)}% as much) →`;
}

/** "0.49 of a possible 1.05": a best value with the scale a reader needs to judge it. */
export function bestText(best: number, possible: number): string {
  return `${best.toFixed(2)} of a possible ${possible.toFixed(2)}`;
}

export function summaryText(v: StrategiesView): string {
  const unused = v.grid.unused > 0 ? ` (${unusedText(v.grid.unused)})` : '';
  return (
    `Budget ${v.state.budget}: the ${v.grid.side}×${v.grid.side} grid tests ${v.grid.distinct} values of x${unused}; ` +
    `random search tests ${v.random.distinct}. Best found, of a possible ${v.possible.toFixed(2)}: grid ${v.grid.best.toFixed(2)}, random ${v.random.best.toFixed(2)}.`
  );
}

/** The sentence under the repeated searches: what each layout spent, and how often it reached the top 5%. */
export function repeatText(summary: RepeatSummary, v: StrategiesView, repeats: number): string {
  const { side } = v.grid;
  const budget = v.state.budget;
  const spent = side * side === budget ? `${budget} trials` : `${side * side} of the ${budget} trials`;
  const pct = (share: number) => formatRate(share, 0);
  return (
    `In ${repeats.toLocaleString('en-GB')} searches, a ${side}×${side} grid (${spent}), placed at a random offset each time, reached the top 5% ` +
    `of the space ${pct(summary.gridTopShare)} of the time; ${budget} random trials did so ${pct(summary.randomTopShare)} of the time.`
  );
}

export const SOLVER_LIMITS = { fraction: [0.1, 99], confidence: [1, 99.9] } as const;

export interface SolverView {
  /** The values used, in percent, after clamping to the fields' limits. */
  fraction: number;
  confidence: number;
  trials: number | undefined;
  text: string;
}

const percentText = (value: number) => `${Number(value.toPrecision(6)).toLocaleString('en-GB', { maximumFractionDigits: 4 })}%`;

/**
 * The "how many random trials" answer for what a reader typed, in percent.
 * The fields' min and max do not stop typing (1e-14 is a valid entry), so the
 * model clamps to them itself, and says so; text that is not a number gets a
 * request instead of an answer.
 */
export function solverView(fractionPercent: number, confidencePercent: number): SolverView {
  if (!Number.isFinite(fractionPercent) || !Number.isFinite(confidencePercent)) {
    return { fraction: Number.NaN, confidence: Number.NaN, trials: undefined, text: 'Enter two percentages, such as 5 and 95.' };
  }
  const [qLow, qHigh] = SOLVER_LIMITS.fraction;
  const [pLow, pHigh] = SOLVER_LIMITS.confidence;
  const fraction = Math.min(qHigh, Math.max(qLow, fractionPercent));
  const confidence = Math.min(pHigh, Math.max(pLow, confidencePercent));
  const trials = trialsForHit(fraction / 100, confidence / 100);
  const chance = hitProbability(trials, fraction / 100);
  const clamped = fraction !== fractionPercent || confidence !== confidencePercent ? ' (using the nearest values the figure allows)' : '';
  return {
    fraction,
    confidence,
    trials,
    text:
      `${trials.toLocaleString('en-GB')} random ${trials === 1 ? 'trial' : 'trials'} for a ${percentText(confidence)} chance of one in the best ` +
      `${percentText(fraction)}${clamped}; the exact chance is ${formatRate(chance)}.`,
  };
}

/** The share of the view a link should reproduce, written into the address's hash after the anchor it arrived with. */
export function stateToHash(state: StrategiesState, anchor = ''): string {
  const params = `seed=${state.seed}&budget=${state.budget}&importance=${state.importance}`;
  return anchor ? `${anchor}&${params}` : params;
}

/** The anchor part of a hash like "#grid-vs-random&seed=…", if any. */
export function anchorFromHash(hash: string): string {
  const first = hash.replace(/^#/, '').split('&')[0] ?? '';
  return first.includes('=') ? '' : first;
}

export function stateFromHash(hash: string, fallback: StrategiesState): StrategiesState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const num = (key: string, min: number, max: number, dflt: number) => {
    const value = Number(params.get(key));
    return params.has(key) && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : dflt;
  };
  return clampState({
    seed: Math.trunc(num('seed', 0, 2 ** 32 - 1, fallback.seed)),
    budget: Math.round(num('budget', BUDGET_RANGE[0], BUDGET_RANGE[1], fallback.budget)),
    importance: num('importance', 0, 1, fallback.importance),
  });
}
