import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/lib/stats/prng';
import {
  LOG_LR_RANGE,
  bestSoFar,
  boStep,
  candidateGrid,
  initialObservations,
  randomSearchTrials,
  validationLoss,
  type Observation,
} from '../../../src/lib/stats/bayes-opt';

const [LOW, HIGH] = LOG_LR_RANGE;
const gridMinimum = Math.min(...candidateGrid().map(validationLoss));

function localMinima(): number[] {
  const xs = candidateGrid(2001);
  return xs.filter((x, i) => {
    const y = validationLoss(x);
    const before = xs[i - 1];
    const after = xs[i + 1];
    return before !== undefined && after !== undefined && y < validationLoss(before) && y < validationLoss(after);
  });
}

describe('validationLoss', () => {
  it.each([
    [-5, 0.9, 1.1],
    [-2.3, 0.2, 0.3],
    [0, 1.3, 1.5],
  ])('at log10(lr) = %f lies between %f and %f', (x, low, high) => {
    expect(validationLoss(x)).toBeGreaterThan(low);
    expect(validationLoss(x)).toBeLessThan(high);
  });

  it('has a global minimum near −2.3 and a shallower local one near −3.8', () => {
    const minima = localMinima();
    expect(minima).toHaveLength(2);
    const [decoy, global] = minima as [number, number];
    expect(decoy).toBeCloseTo(-3.8, 0);
    expect(global).toBeCloseTo(-2.3, 1);
    expect(validationLoss(decoy)).toBeGreaterThan(validationLoss(global) + 0.1);
  });

  it('rises steeply towards divergence', () => {
    expect(validationLoss(0) - validationLoss(-0.5)).toBeGreaterThan(0.2);
  });
});

describe('candidateGrid', () => {
  it('spans the range evenly', () => {
    const grid = candidateGrid();
    expect(grid).toHaveLength(201);
    expect(grid[0]).toBe(LOW);
    expect(grid[200]).toBe(HIGH);
    expect(grid[100]).toBeCloseTo(-2.5, 12);
    expect(candidateGrid(3)).toEqual([-5, -2.5, 0]);
  });

  it('needs at least two points', () => {
    expect(() => candidateGrid(1)).toThrow(RangeError);
  });
});

describe('boStep', () => {
  it('starts from a fixed point when nothing has been tried', () => {
    const state = boStep([], 'ei', 0.01);
    expect(state.next).toBe(-4);
    expect(state.posterior.mean.every((m) => m === 0.8)).toBe(true);
  });

  it.each([
    ['ei', 0.01],
    ['pi', 0.01],
    ['ucb', 2],
  ] as const)('with the opening trials, %s proposes a new point inside the range', (kind, param) => {
    const observations = initialObservations();
    const state = boStep(observations, kind, param);
    expect(state.next).toBeGreaterThanOrEqual(LOW);
    expect(state.next).toBeLessThanOrEqual(HIGH);
    expect(observations.map((o) => o.x)).not.toContain(state.next);
    expect(state.grid).toHaveLength(201);
    expect(state.acquisition).toHaveLength(201);
    expect(state.posterior.mean).toHaveLength(201);
    expect(state.observations).toEqual(observations);
  });

  it('finds the valley within eight expected-improvement steps', () => {
    const observations: Observation[] = initialObservations();
    for (let step = 0; step < 8; step += 1) {
      const { next } = boStep(observations, 'ei', 0.01);
      observations.push({ x: next, y: validationLoss(next) });
    }
    expect(Math.min(...observations.map((o) => o.y))).toBeLessThan(gridMinimum + 0.05);
  });

  it('accepts GP overrides', () => {
    const observations = initialObservations();
    const rbf = boStep(observations, 'ei', 0.01, { kernel: 'rbf', lengthScale: 1 });
    const matern = boStep(observations, 'ei', 0.01);
    expect(rbf.posterior.mean).not.toEqual(matern.posterior.mean);
  });
});

describe('random search and progress', () => {
  it('draws reproducible trials inside the range, scored by the hidden curve', () => {
    const trials = randomSearchTrials(20, mulberry32(4));
    expect(trials).toEqual(randomSearchTrials(20, mulberry32(4)));
    expect(trials.every(({ x, y }) => x >= LOW && x < HIGH && y === validationLoss(x))).toBe(true);
  });

  it('bestSoFar is the running minimum, never increasing', () => {
    expect(
      bestSoFar([
        { x: 0, y: 3 },
        { x: 0, y: 4 },
        { x: 0, y: 1 },
        { x: 0, y: 2 },
      ]),
    ).toEqual([3, 3, 1, 1]);
    const best = bestSoFar(randomSearchTrials(50, mulberry32(8)));
    best.slice(1).forEach((value, i) => expect(value).toBeLessThanOrEqual(best[i] as number));
    expect(bestSoFar([])).toEqual([]);
  });
});
