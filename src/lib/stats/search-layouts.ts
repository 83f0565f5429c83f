/**
 * Grid versus random search, after Bergstra & Bengio (2012), Figure 1. The
 * objective is f(x, y) = g(x) + h(y) on the unit square, where x is the
 * hyperparameter that matters and y may matter a little or as much. Higher f
 * is better: think of it as validation performance.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Objective {
  g(x: number): number;
  h(y: number): number;
  f(p: Point): number;
  /** 0: only x matters; 1: x and y matter equally. */
  importance: number;
}

export interface RepeatSummary {
  grid: number[];
  random: number[];
  gridTopShare: number;
  randomTopShare: number;
  threshold: number;
}

/** Side of the largest square grid the budget pays for. */
export function gridSide(budget: number): number {
  if (!(budget >= 1)) return 0;
  let k = Math.floor(Math.sqrt(budget));
  // sqrt of a perfect square can come back a hair low or high.
  while ((k + 1) * (k + 1) <= budget) k += 1;
  while (k * k > budget) k -= 1;
  return k;
}

function gridAt(side: number, dx: number, dy: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < side; i += 1) {
    for (let j = 0; j < side; j += 1) points.push({ x: (i + 0.5) / side + dx, y: (j + 0.5) / side + dy });
  }
  return points;
}

/** A k×k grid at cell centres; trials left over once the square is full are reported, not spent. */
export function gridLayout(budget: number): { points: Point[]; side: number; unused: number } {
  const side = gridSide(budget);
  return { points: gridAt(side, 0, 0), side, unused: Math.max(0, Math.floor(budget) - side * side) };
}

export function randomLayout(budget: number, rng: () => number): Point[] {
  return Array.from({ length: Math.max(0, Math.floor(budget)) }, () => ({ x: rng(), y: rng() }));
}

/** How many different values appear, treating values closer than `tolerance` as the same. */
export function distinctCount(values: readonly number[], tolerance = 1e-9): number {
  const sorted = [...values].sort((a, b) => a - b);
  let count = 0;
  let last = -Infinity;
  for (const value of sorted) {
    if (count === 0 || value - last > tolerance) count += 1;
    last = value;
  }
  return count;
}

/** Where the trials fall along the axis that matters: the shadows in the paper's figure. */
export function importantProjections(points: readonly Point[]): number[] {
  return points.map((p) => p.x);
}

function bump(t: number, centre: number, width: number): number {
  const d = (t - centre) / width;
  return Math.exp(-0.5 * d * d);
}

// A narrow best region plus a broad, lower decoy: a 3×3 grid can straddle the
// narrow peak entirely, which is the failure the figure exists to show.
const gShape = (x: number): number => bump(x, 0.71, 0.055) + 0.55 * bump(x, 0.25, 0.14);
const hShape = (y: number): number => bump(y, 0.33, 0.055) + 0.55 * bump(y, 0.8, 0.14);

/** The least that y can matter: enough to see on the chart, too little to change the winner. */
const MIN_H_AMPLITUDE = 0.05;

export function makeObjective(importance: number): Objective {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(importance) ? importance : 0));
  const amplitude = MIN_H_AMPLITUDE + (1 - MIN_H_AMPLITUDE) * clamped;
  const g = gShape;
  const h = (y: number): number => amplitude * hShape(y);
  return { g, h, f: (p) => g(p.x) + h(p.y), importance: clamped };
}

export function bestValue(points: readonly Point[], objective: Objective): number {
  let best = -Infinity;
  for (const p of points) best = Math.max(best, objective.f(p));
  return best;
}

/** The f value that only the best `fraction` of the square reaches: the bar a "good" trial must clear. */
export function topQuantileThreshold(objective: Objective, fraction = 0.05, resolution = 200): number {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`fraction must lie in (0, 1], got ${fraction}`);
  const n = Math.max(1, Math.floor(resolution));
  // f = g(x) + h(y), so n evaluations of each replace n² of f; this keeps sliders responsive.
  const gs = Array.from({ length: n }, (_, i) => objective.g((i + 0.5) / n));
  const hs = Array.from({ length: n }, (_, j) => objective.h((j + 0.5) / n));
  const values = new Float64Array(n * n);
  gs.forEach((g, i) => hs.forEach((h, j) => (values[i * n + j] = g + h)));
  const top = Math.max(1, Math.round(fraction * values.length));
  return selectInPlace(values, values.length - top);
}

/** The k-th smallest value (Hoare's quickselect): linear time, where a full sort of 40,000 values is not. */
function selectInPlace(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return values[k] as number;
}

/**
 * A safe ceiling for h on [0, 1]: its maximum on a fine grid plus a margin.
 * The bumps rise at most about 11 per unit, so between grid points 1/2000
 * apart they can gain under 0.003, well inside the 0.01 allowed.
 */
function upperBound(curve: (t: number) => number): number {
  let max = -Infinity;
  for (let i = 0; i <= 2000; i += 1) max = Math.max(max, curve(i / 2000));
  return max + 0.01;
}

/**
 * Runs both strategies `runs` times and records the best value each found.
 * A fixed grid would find the same best every time, which is no distribution
 * at all; a fair comparison places the grid at random, so each run shifts the
 * whole grid by a random offset of up to half a cell on each axis.
 */
export function repeatSearches(budget: number, importance: number, runs: number, rng: () => number): RepeatSummary {
  const objective = makeObjective(importance);
  const threshold = topQuantileThreshold(objective);
  const hCeiling = upperBound(objective.h);
  const side = gridSide(budget);
  const trials = Math.max(0, Math.floor(budget));
  const grid: number[] = [];
  const random: number[] = [];
  let gridTop = 0;
  let randomTop = 0;
  for (let run = 0; run < runs; run += 1) {
    // f separates into g(x) + h(y), so the best grid point pairs the best column with the best row.
    const dx = side > 0 ? (rng() - 0.5) / side : 0;
    const dy = side > 0 ? (rng() - 0.5) / side : 0;
    let bestG = -Infinity;
    let bestH = -Infinity;
    for (let i = 0; i < side; i += 1) {
      bestG = Math.max(bestG, objective.g((i + 0.5) / side + dx));
      bestH = Math.max(bestH, objective.h((i + 0.5) / side + dy));
    }
    const gridBest = bestG + bestH;
    let randomBest = -Infinity;
    for (let t = 0; t < trials; t += 1) {
      const gx = objective.g(rng());
      const y = rng();
      // Skipping h when even its peak could not beat the best so far halves the work without changing the answer.
      if (gx + hCeiling > randomBest) randomBest = Math.max(randomBest, gx + objective.h(y));
    }
    grid.push(gridBest);
    random.push(randomBest);
    if (gridBest >= threshold) gridTop += 1;
    if (randomBest >= threshold) randomTop += 1;
  }
  return {
    grid,
    random,
    gridTopShare: runs > 0 ? gridTop / runs : 0,
    randomTopShare: runs > 0 ? randomTop / runs : 0,
    threshold,
  };
}

/** Empirical cumulative distribution: one step per distinct value, p = share of values at or below it. */
export function ecdf(values: readonly number[]): { value: number; p: number }[] {
  const sorted = [...values].sort((a, b) => a - b);
  const steps: { value: number; p: number }[] = [];
  sorted.forEach((value, i) => {
    const p = (i + 1) / sorted.length;
    const last = steps[steps.length - 1];
    if (last && last.value === value) last.p = p;
    else steps.push({ value, p });
  });
  return steps;
}
