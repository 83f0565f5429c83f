import { mulberry32 } from '../../lib/stats/prng';
import {
  bestValue,
  distinctCount,
  gridLayout,
  importantProjections,
  makeObjective,
  randomLayout,
  type Objective,
  type Point,
} from '../../lib/stats/search-layouts';

/** Everything the grid-versus-random figure shows, derived from three numbers a reader controls. */
export interface StrategiesState {
  seed: number;
  budget: number;
  importance: number;
}

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
  grid: LayoutView & { side: number; unused: number };
  random: LayoutView;
}

function view(kind: 'grid' | 'random', points: Point[], objective: Objective): LayoutView {
  let bestPoint: Point | undefined;
  for (const p of points) if (!bestPoint || objective.f(p) > objective.f(bestPoint)) bestPoint = p;
  return { kind, points, distinct: distinctCount(importantProjections(points)), best: bestValue(points, objective), bestPoint };
}

export function strategiesView(state: StrategiesState): StrategiesView {
  const objective = makeObjective(state.importance);
  const grid = gridLayout(state.budget);
  return {
    state,
    objective,
    grid: { ...view('grid', grid.points, objective), side: grid.side, unused: grid.unused },
    random: view('random', randomLayout(state.budget, mulberry32(state.seed)), objective),
  };
}

export function unusedText(unused: number): string {
  return unused === 0 ? 'no trials unused' : `${unused} ${unused === 1 ? 'trial' : 'trials'} unused`;
}

export function importanceText(importance: number): string {
  if (importance <= 0.001) return 'only x matters';
  if (importance >= 0.999) return 'both matter equally';
  return `y matters ${Math.round(importance * 100)}% as much as x`;
}

export function summaryText(v: StrategiesView): string {
  const unused = v.grid.unused > 0 ? ` (${unusedText(v.grid.unused)})` : '';
  return (
    `Budget ${v.state.budget}: the ${v.grid.side}×${v.grid.side} grid tests ${v.grid.distinct} values of x${unused}; ` +
    `random search tests ${v.random.distinct}. Best found: grid ${v.grid.best.toFixed(2)}, random ${v.random.best.toFixed(2)}.`
  );
}

/** The share of the view a link should reproduce, written into the address's hash. */
export function stateToHash(state: StrategiesState): string {
  return `seed=${state.seed}&budget=${state.budget}&importance=${state.importance}`;
}

export function stateFromHash(hash: string, fallback: StrategiesState): StrategiesState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const num = (key: string, min: number, max: number, dflt: number) => {
    const value = Number(params.get(key));
    return params.has(key) && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : dflt;
  };
  return {
    seed: Math.trunc(num('seed', 0, 2 ** 32 - 1, fallback.seed)),
    budget: Math.round(num('budget', 4, 100, fallback.budget)),
    importance: num('importance', 0, 1, fallback.importance),
  };
}
