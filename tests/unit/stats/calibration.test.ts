import { describe, expect, it } from 'vitest';
import {
  brierDecomposition,
  brierScore,
  calibrationInTheLarge,
  concordance,
  concordancePairs,
  groupedBrier,
  miscalibrationMap,
  reliabilityBins,
  simulatedCohort,
  type PredictionGroup,
} from '../../../src/lib/stats/calibration';

/** Mulberry32: a tiny seeded generator, so simulated cohorts are reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One entry per patient, for checking grouped functions against patient-level ones. */
function expand(groups: readonly PredictionGroup[]): { predicted: number[]; outcomes: (0 | 1)[] } {
  const predicted: number[] = [];
  const outcomes: (0 | 1)[] = [];
  for (const g of groups) {
    for (let i = 0; i < g.patients; i += 1) {
      predicted.push(g.predicted);
      outcomes.push(i < g.events ? 1 : 0);
    }
  }
  return { predicted, outcomes };
}

/** Brute-force C-statistic over every event–non-event pair. */
function pairwiseAuc(predicted: readonly number[], outcomes: readonly (0 | 1)[]): number {
  let score = 0;
  let pairs = 0;
  predicted.forEach((p, i) => {
    if (outcomes[i] !== 1) return;
    predicted.forEach((q, j) => {
      if (outcomes[j] !== 0) return;
      pairs += 1;
      score += p > q ? 1 : p === q ? 0.5 : 0;
    });
  });
  return score / pairs;
}

describe('brierScore', () => {
  it.each<[number[], (0 | 1)[], number]>([
    [[0.4, 0.2, 0.2, 0.1], [1, 0, 0, 0], 0.1125],
    [[0.9, 0.2, 0.5], [1, 0, 1], 0.1],
    [[1, 0], [1, 0], 0],
    [[0, 1], [1, 0], 1],
    [[0.5, 0.5], [1, 0], 0.25],
  ])('Brier(%j, %j) = %d', (predicted, outcomes, expected) => {
    expect(brierScore(predicted, outcomes)).toBeCloseTo(expected, 12);
  });

  it('is NaN for no patients and refuses unpaired lists', () => {
    expect(brierScore([], [])).toBeNaN();
    expect(() => brierScore([0.2], [])).toThrow(RangeError);
  });
});

describe('reliabilityBins', () => {
  it('groups into equal-width bins and leaves empty ones out', () => {
    const bins = reliabilityBins([0.05, 0.15, 0.12, 0.95, 1], [0, 1, 0, 1, 1], 10);
    expect(bins.map((b) => [b.lower, b.upper, b.count])).toEqual([
      [0, 0.1, 1],
      [0.1, 0.2, 2],
      [0.9, 1, 2],
    ]);
    expect(bins[1]?.meanPredicted).toBeCloseTo(0.135, 12);
    expect(bins[1]?.observed).toBe(0.5);
    expect(bins[2]?.observed).toBe(1);
  });

  it.each([
    [4, [0, 0.25, 0.5, 0.75]],
    [2, [0, 0.5]],
    [1, [0]],
  ])('with %d bins puts each prediction where its lower edge says', (count, lowers) => {
    const bins = reliabilityBins([0, 0.25, 0.5, 0.75, 0.99], [0, 0, 1, 1, 1], count);
    expect(bins.map((b) => b.lower)).toEqual(lowers);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(5);
  });

  it.each([0, -2, 1.5])('rejects %d bins', (count) => {
    expect(() => reliabilityBins([0.5], [1], count)).toThrow(RangeError);
  });
});

describe('calibrationInTheLarge', () => {
  it.each<[number[], (0 | 1)[], number, number, number]>([
    [[0.2, 0.2, 0.2, 0.2, 0.2], [1, 0, 0, 0, 0], 0.2, 0.2, 1],
    [[0.4, 0.4], [1, 0], 0.4, 0.5, 1.25],
    [[0.24, 0.24, 0.24, 0.24], [1, 0, 0, 0], 0.24, 0.25, 0.25 / 0.24],
  ])('mean of %j against %j', (predicted, outcomes, mean, observed, ratio) => {
    const c = calibrationInTheLarge(predicted, outcomes);
    expect(c.meanPredicted).toBeCloseTo(mean, 12);
    expect(c.observed).toBeCloseTo(observed, 12);
    expect(c.observedToExpected).toBeCloseTo(ratio, 12);
  });

  it('is NaN for an empty cohort', () => {
    expect(calibrationInTheLarge([], []).observedToExpected).toBeNaN();
  });
});

const cardiovascular: PredictionGroup[] = [
  { predicted: 0.1, patients: 400, events: 20 },
  { predicted: 0.2, patients: 400, events: 40 },
  { predicted: 0.4, patients: 200, events: 40 },
];

describe('grouped predictions', () => {
  it.each<[string, PredictionGroup[]]>([
    ['issue 6 bands', cardiovascular],
    ['halved bands', cardiovascular.map((g) => ({ ...g, predicted: g.predicted / 2 }))],
    [
      'shared predictions across groups',
      [
        { predicted: 0.3, patients: 5, events: 2 },
        { predicted: 0.3, patients: 4, events: 1 },
        { predicted: 0.7, patients: 6, events: 5 },
        { predicted: 0.1, patients: 7, events: 0 },
      ],
    ],
  ])('groupedBrier and concordance match patient-level arithmetic: %s', (_label, groups) => {
    const { predicted, outcomes } = expand(groups);
    expect(groupedBrier(groups)).toBeCloseTo(brierScore(predicted, outcomes), 12);
    expect(concordance(groups)).toBeCloseTo(pairwiseAuc(predicted, outcomes), 12);
  });

  it('counts concordant, tied and discordant pairs', () => {
    expect(concordancePairs(cardiovascular)).toEqual({
      concordant: 44_800,
      tied: 28_400,
      discordant: 16_800,
      pairs: 90_000,
    });
  });

  it.each<[string, PredictionGroup[], number]>([
    ['one shared prediction', [{ predicted: 0.1, patients: 1000, events: 100 }], 0.5],
    [
      'perfect separation',
      [
        { predicted: 0.9, patients: 10, events: 10 },
        { predicted: 0.1, patients: 10, events: 0 },
      ],
      1,
    ],
    [
      'perfectly reversed',
      [
        { predicted: 0.1, patients: 10, events: 10 },
        { predicted: 0.9, patients: 10, events: 0 },
      ],
      0,
    ],
  ])('concordance for %s is %d', (_label, groups, expected) => {
    expect(concordance(groups)).toBe(expected);
  });

  it('gives NaN when there is nothing to rank', () => {
    expect(concordance([{ predicted: 0.3, patients: 10, events: 0 }])).toBeNaN();
    expect(concordance([])).toBeNaN();
    expect(groupedBrier([])).toBeNaN();
  });
});

describe('brierDecomposition', () => {
  it.each([
    // true risk, mean prediction, SD, bias², variance, noise, expected
    [0.2, 0.14, 0.02, 0.0036, 0.0004, 0.16, 0.164],
    [0.3, 0.3, 0.1, 0, 0.01, 0.21, 0.22],
    [0.5, 0.5, 0, 0, 0, 0.25, 0.25],
  ])('true risk %d, mean %d, SD %d', (r, mean, sd, bias2, variance, noise, expected) => {
    const d = brierDecomposition(r, mean, sd);
    expect(d.biasSquared).toBeCloseTo(bias2, 12);
    expect(d.variance).toBeCloseTo(variance, 12);
    expect(d.noise).toBeCloseTo(noise, 12);
    expect(d.expected).toBeCloseTo(expected, 12);
  });

  it('is the Brier score expected over outcomes and training samples', () => {
    // A prediction of 0.1 or 0.3 with equal chance (mean 0.2, SD 0.1), for true risk 0.25.
    const exact = [0.1, 0.3].reduce((sum, p) => sum + 0.5 * (0.25 * (1 - p) ** 2 + 0.75 * p ** 2), 0);
    expect(brierDecomposition(0.25, 0.2, 0.1).expected).toBeCloseTo(exact, 12);
  });
});

describe('miscalibrationMap', () => {
  it.each([
    [0, 0, 1],
    [1, 0.8 + -1 * (1 - 2), 2],
    [-1, -0.8 + -1 * (1 - 0.5), 0.5],
  ])('maps %d to intercept %d, slope %d', (m, intercept, slope) => {
    const map = miscalibrationMap(m);
    expect(map.intercept).toBeCloseTo(intercept, 12);
    expect(map.slope).toBeCloseTo(slope, 12);
  });

  it.each([1.01, -2, Number.NaN])('rejects %d', (m) => {
    expect(() => miscalibrationMap(m)).toThrow(RangeError);
  });
});

describe('simulatedCohort', () => {
  it('is reproducible from a seeded rng', () => {
    const a = simulatedCohort({ n: 50, miscalibration: 0.3, rng: seeded(7) });
    const b = simulatedCohort({ n: 50, miscalibration: 0.3, rng: seeded(7) });
    expect(a).toEqual(b);
    expect(a.predicted).toHaveLength(50);
    expect(a.outcomes).toHaveLength(50);
  });

  it.each([
    [0, 0.97, 1.03],
    [0.6, 0, 0.97],
    [1, 0, 0.97],
    [-0.6, 1.03, Number.POSITIVE_INFINITY],
    [-1, 1.03, Number.POSITIVE_INFINITY],
  ])('at miscalibration %d the observed-to-expected ratio lies in (%d, %d)', (m, low, high) => {
    const { predicted, outcomes } = simulatedCohort({ n: 20_000, miscalibration: m, rng: seeded(2026) });
    const ratio = calibrationInTheLarge(predicted, outcomes).observedToExpected;
    expect(ratio).toBeGreaterThan(low);
    expect(ratio).toBeLessThan(high);
  });

  it('spreads true risks so that most reliability bins have patients', () => {
    const { predicted, outcomes } = simulatedCohort({ n: 5_000, miscalibration: 0, rng: seeded(11) });
    expect(reliabilityBins(predicted, outcomes).length).toBeGreaterThanOrEqual(8);
  });

  it('changes calibration but never the ranking, so the C-statistic is the same at every setting', () => {
    const cohorts = [-1, 0, 1].map((m) => simulatedCohort({ n: 400, miscalibration: m, rng: seeded(3) }));
    const aucs = cohorts.map(({ predicted, outcomes }) => pairwiseAuc(predicted, outcomes));
    expect(aucs[0]).toBeCloseTo(aucs[1]!, 12);
    expect(aucs[2]).toBeCloseTo(aucs[1]!, 12);
    expect(cohorts[0]?.outcomes).toEqual(cohorts[1]?.outcomes);
  });

  it('makes overconfident predictions more extreme than the truth', () => {
    const perfect = simulatedCohort({ n: 2_000, miscalibration: 0, rng: seeded(5) }).predicted;
    const overconfident = simulatedCohort({ n: 2_000, miscalibration: 1, rng: seeded(5) }).predicted;
    const spread = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);
    expect(spread(overconfident)).toBeGreaterThan(spread(perfect));
  });

  it.each([
    ['an rng stuck at 0', () => 0],
    ['an rng stuck just below 1', () => 1 - Number.EPSILON / 2],
  ])('stays finite with %s', (_label, rng) => {
    const { predicted } = simulatedCohort({ n: 3, miscalibration: 1, rng });
    expect(predicted.every((p) => p >= 0 && p <= 1)).toBe(true);
  });

  it.each([-1, 2.5])('rejects n = %d', (n) => {
    expect(() => simulatedCohort({ n, miscalibration: 0, rng: Math.random })).toThrow(RangeError);
  });
});
