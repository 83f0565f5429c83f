import { describe, expect, it } from 'vitest';
import { crude, riskRatio, standardised, type Stratum } from '../../../src/lib/stats/causal';

describe('riskRatio', () => {
  it.each([
    [42, 300, 108, 2700, 3.5],
    [40, 200, 30, 100, 2 / 3],
    [1, 10, 1, 10, 1],
    [0, 50, 5, 50, 0],
  ])('(%d/%d) ÷ (%d/%d) = %d', (eA, nA, eB, nB, expected) => {
    expect(riskRatio(eA, nA, eB, nB)).toBeCloseTo(expected, 12);
  });

  it.each([
    [1, 0, 1, 10],
    [1, 10, 1, 0],
  ])('is NaN when a group is empty (%d/%d vs %d/%d)', (eA, nA, eB, nB) => {
    expect(riskRatio(eA, nA, eB, nB)).toBeNaN();
  });
});

const pneumonia: Stratum[] = [
  { exposedEvents: 40, exposed: 200, unexposedEvents: 30, unexposed: 100 },
  { exposedEvents: 2, exposed: 100, unexposedEvents: 78, unexposed: 2600 },
];

describe('crude and standardised', () => {
  it.each<[string, Stratum[], { exposedRisk: number; unexposedRisk: number; riskRatio: number }, ReturnType<typeof standardised>]>([
    [
      'confounding that reverses the association (issue 7)',
      pneumonia,
      { exposedRisk: 0.14, unexposedRisk: 0.04, riskRatio: 3.5 },
      { exposedRisk: 0.038, unexposedRisk: 0.057, riskRatio: 2 / 3, riskDifference: -0.019 },
    ],
    [
      'no confounding: exposure equally common in every stratum',
      [
        { exposedEvents: 10, exposed: 50, unexposedEvents: 20, unexposed: 50 },
        { exposedEvents: 1, exposed: 100, unexposedEvents: 2, unexposed: 100 },
      ],
      { exposedRisk: 11 / 150, unexposedRisk: 22 / 150, riskRatio: 0.5 },
      { exposedRisk: 11 / 150, unexposedRisk: 22 / 150, riskRatio: 0.5, riskDifference: -11 / 150 },
    ],
    [
      'a single stratum',
      [{ exposedEvents: 3, exposed: 10, unexposedEvents: 1, unexposed: 10 }],
      { exposedRisk: 0.3, unexposedRisk: 0.1, riskRatio: 3 },
      { exposedRisk: 0.3, unexposedRisk: 0.1, riskRatio: 3, riskDifference: 0.2 },
    ],
  ])('%s', (_label, strata, expectedCrude, expectedStandardised) => {
    const c = crude(strata);
    const s = standardised(strata);
    for (const key of ['exposedRisk', 'unexposedRisk', 'riskRatio'] as const) {
      expect(c[key]).toBeCloseTo(expectedCrude[key], 12);
    }
    for (const key of ['exposedRisk', 'unexposedRisk', 'riskRatio', 'riskDifference'] as const) {
      expect(s[key]).toBeCloseTo(expectedStandardised[key], 12);
    }
  });

  it('weights strata by the whole population, not by those exposed', () => {
    const s = standardised(pneumonia);
    // Weighting by the exposed (200 severe of 300) would give 0.2·2/3 + 0.02·1/3 ≈ 0.140 instead.
    expect(s.exposedRisk).not.toBeCloseTo((0.2 * 2) / 3 + 0.02 / 3, 3);
    expect(s.exposedRisk).toBeCloseTo(0.2 * 0.1 + 0.02 * 0.9, 12);
  });

  it('returns NaN, not a guess, when a stratum lacks one of the options (positivity)', () => {
    const s = standardised([
      { exposedEvents: 4, exposed: 20, unexposedEvents: 0, unexposed: 0 },
      { exposedEvents: 1, exposed: 10, unexposedEvents: 2, unexposed: 10 },
    ]);
    expect(s.exposedRisk).toBeCloseTo(0.2 * 0.5 + 0.1 * 0.5, 12);
    expect(s.unexposedRisk).toBeNaN();
    expect(s.riskRatio).toBeNaN();
  });

  it('returns NaN for no patients', () => {
    expect(crude([]).riskRatio).toBeNaN();
    expect(standardised([]).exposedRisk).toBeNaN();
  });
});
