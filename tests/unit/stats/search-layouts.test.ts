import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/lib/stats/prng';
import {
  bestValue,
  distinctCount,
  ecdf,
  gridLayout,
  gridSide,
  importantProjections,
  makeObjective,
  randomLayout,
  repeatSearches,
  topQuantileThreshold,
} from '../../../src/lib/stats/search-layouts';

describe('grid layout', () => {
  it.each([
    [4, 2],
    [8, 2],
    [9, 3],
    [10, 3],
    [15, 3],
    [16, 4],
    [24, 4],
    [25, 5],
    [48, 6],
    [49, 7],
    [63, 7],
    [64, 8],
    [81, 9],
    [99, 9],
    [100, 10],
  ])('budget %i → side %i', (budget, side) => {
    expect(gridSide(budget)).toBe(side);
    expect(gridLayout(budget).unused).toBe(budget - side * side);
  });

  it('puts a 3×3 grid at cell centres with only 3 distinct x values', () => {
    const { points, side, unused } = gridLayout(9);
    expect(side).toBe(3);
    expect(unused).toBe(0);
    expect(points).toHaveLength(9);
    expect(points).toContainEqual({ x: 0.5, y: 0.5 });
    expect(points).toContainEqual({ x: 1 / 6, y: 5 / 6 });
    expect(distinctCount(importantProjections(points))).toBe(3);
  });

  it('leaves the tenth trial of a budget of 10 unused', () => {
    expect(gridLayout(10)).toMatchObject({ side: 3, unused: 1 });
    expect(gridLayout(10).points).toHaveLength(9);
  });
});

describe('random layout', () => {
  it('gives 9 trials 9 distinct x values, inside the unit square', () => {
    const points = randomLayout(9, mulberry32(1));
    expect(points).toHaveLength(9);
    expect(distinctCount(importantProjections(points))).toBe(9);
    expect(points.every(({ x, y }) => x >= 0 && x < 1 && y >= 0 && y < 1)).toBe(true);
  });
});

describe('distinctCount', () => {
  it.each([
    [[], 0],
    [[1, 1, 1], 1],
    [[0.3, 0.1, 0.2, 0.1], 3],
    [[0.1 + 0.2, 0.3], 1],
  ])('%j has %i distinct values', (values, count) => {
    expect(distinctCount(values)).toBe(count);
  });

  it('honours a custom tolerance', () => {
    expect(distinctCount([0, 0.01, 0.5], 0.05)).toBe(2);
  });
});

describe('objective', () => {
  const xs = Array.from({ length: 1001 }, (_, i) => i / 1000);
  const peak = (curve: (t: number) => number): { at: number; value: number } =>
    xs.reduce((best, t) => (curve(t) > best.value ? { at: t, value: curve(t) } : best), { at: 0, value: -Infinity });

  it('g has one narrow best region with a maximum of about 1', () => {
    const { g } = makeObjective(0);
    const { at, value } = peak(g);
    expect(value).toBeCloseTo(1, 1);
    // Narrow: half a 3×3 grid cell away, g has fallen below half its best.
    expect(g(at - 1 / 6)).toBeLessThan(0.5 * value);
    expect(g(at + 1 / 6)).toBeLessThan(0.5 * value);
  });

  it('h peaks elsewhere, nearly flat at importance 0 and as large as g at importance 1', () => {
    const flat = makeObjective(0);
    const full = makeObjective(1);
    expect(Math.abs(peak(full.h).at - peak(full.g).at)).toBeGreaterThan(0.2);
    expect(peak(flat.h).value / peak(flat.g).value).toBeCloseTo(0.05, 2);
    expect(peak(full.h).value / peak(full.g).value).toBeCloseTo(1, 2);
  });

  it('f = g + h, within roughly [0, 2]', () => {
    const o = makeObjective(0.6);
    const p = { x: 0.4, y: 0.7 };
    expect(o.f(p)).toBe(o.g(0.4) + o.h(0.7));
    const all = xs.filter((_, i) => i % 10 === 0).flatMap((x) => xs.filter((_, i) => i % 10 === 0).map((y) => o.f({ x, y })));
    expect(Math.min(...all)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...all)).toBeLessThan(2.1);
  });

  it('bestValue is the largest f among the points', () => {
    const o = makeObjective(1);
    const points = [
      { x: 0.1, y: 0.1 },
      { x: 0.7, y: 0.3 },
      { x: 0.9, y: 0.9 },
    ];
    expect(bestValue(points, o)).toBe(Math.max(...points.map((p) => o.f(p))));
    expect(bestValue([], o)).toBe(-Infinity);
  });

  it.each([0, 0.5, 1])('the top-5%% threshold at importance %f leaves about 5%% of the square above it', (importance) => {
    const o = makeObjective(importance);
    const threshold = topQuantileThreshold(o);
    let above = 0;
    const n = 100;
    for (let i = 0; i < n; i += 1) for (let j = 0; j < n; j += 1) if (o.f({ x: (i + 0.5) / n, y: (j + 0.5) / n }) >= threshold) above += 1;
    expect(above / (n * n)).toBeGreaterThan(0.04);
    expect(above / (n * n)).toBeLessThan(0.06);
  });

  it('a stricter fraction raises the threshold', () => {
    const o = makeObjective(0.5);
    expect(topQuantileThreshold(o, 0.01)).toBeGreaterThan(topQuantileThreshold(o, 0.05));
  });
});

describe('repeatSearches', () => {
  it('is deterministic for a seed', () => {
    expect(repeatSearches(16, 0.3, 50, mulberry32(7))).toEqual(repeatSearches(16, 0.3, 50, mulberry32(7)));
  });

  it('returns one best value per run for each strategy', () => {
    const summary = repeatSearches(9, 0, 40, mulberry32(3));
    expect(summary.grid).toHaveLength(40);
    expect(summary.random).toHaveLength(40);
    expect(summary.threshold).toBe(topQuantileThreshold(makeObjective(0)));
    expect(new Set(summary.grid).size).toBeGreaterThan(1);
  });

  it('the top share is the share of runs that reached the threshold', () => {
    const s = repeatSearches(16, 0.5, 200, mulberry32(11));
    expect(s.gridTopShare).toBe(s.grid.filter((v) => v >= s.threshold).length / 200);
    expect(s.randomTopShare).toBe(s.random.filter((v) => v >= s.threshold).length / 200);
  });

  it('matches a direct evaluation of randomly shifted grids and random layouts', () => {
    const o = makeObjective(0.4);
    const rng = mulberry32(21);
    const s = repeatSearches(9, 0.4, 5, mulberry32(21));
    for (let run = 0; run < 5; run += 1) {
      const dx = (rng() - 0.5) / 3;
      const dy = (rng() - 0.5) / 3;
      const grid = gridLayout(9).points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
      expect(s.grid[run]).toBeCloseTo(bestValue(grid, o), 12);
      expect(s.random[run]).toBe(bestValue(randomLayout(9, rng), o));
    }
  });

  // The point of Bergstra & Bengio's figure: when only one hyperparameter
  // matters, random search tries more distinct values of it than a grid does.
  it.each([9, 16])('at budget %i random search beats grid search when only x matters, less so when both do', (budget) => {
    const onlyX = repeatSearches(budget, 0, 2000, mulberry32(2012));
    const both = repeatSearches(budget, 1, 2000, mulberry32(2012));
    expect(onlyX.randomTopShare).toBeGreaterThan(onlyX.gridTopShare + 0.1);
    expect(both.randomTopShare - both.gridTopShare).toBeLessThan(onlyX.randomTopShare - onlyX.gridTopShare);
  });
});

describe('ecdf', () => {
  it('steps up through the sorted values, merging ties', () => {
    expect(ecdf([3, 1, 2, 2])).toEqual([
      { value: 1, p: 0.25 },
      { value: 2, p: 0.75 },
      { value: 3, p: 1 },
    ]);
    expect(ecdf([])).toEqual([]);
  });
});
