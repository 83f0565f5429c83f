/**
 * Every number in the published issues that follows from a calculation, pinned
 * to the function that calculates it. Each test quotes the figure as printed
 * and checks both the exact value and the printed rounding, so an edit to an
 * issue's arithmetic, or to a library function, that breaks the other fails here.
 * Figures an issue states as assumptions (an AUC of 0.80, say) are not pinned.
 */
import { describe, expect, it } from 'vitest';
import {
  brierDecomposition,
  brierScore,
  calibrationInTheLarge,
  concordance,
  concordancePairs,
  groupedBrier,
  reliabilityBins,
  type PredictionGroup,
} from '../../../src/lib/stats/calibration';
import { crude, riskRatio, standardised, type Stratum } from '../../../src/lib/stats/causal';
import { expectedCounts, f1, formatPercent, metrics, npv, ppv, roundCounts } from '../../../src/lib/stats/diagnostic';
import { normalQuantile } from '../../../src/lib/stats/normal';
import { aucFromSeparation, auprc, hanleyMcNeilSe, rates, separationFromAuc } from '../../../src/lib/stats/roc';
// Issue 1's islands compute its grid and random-search figures with these.
import { formatCount, formatDuration, gridTrials } from '../../../src/lib/stats/dimensions';
import { hitProbability, trialsForHit } from '../../../src/lib/stats/hit-probability';

/** A count as the issues print it: "15,625". */
const whole = (n: number): string => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
/** A decimal as the issues print it: "0.952". */
const fixed = (x: number, digits: number): string => x.toFixed(digits);

// Small calculations that no library module needs; they live here so the
// issues' arithmetic is still pinned to something that computes it.

/** Chance that a patient's two records land in different sets when records are split at random. */
const chanceSplitApart = (shares: readonly number[]): number => 1 - shares.reduce((sum, s) => sum + s * s, 0);
/** Events per variable: the smaller outcome group over the candidate predictor parameters. */
const eventsPerVariable = (events: number, nonEvents: number, parameters: number): number => Math.min(events, nonEvents) / parameters;

describe('issue 1: parameters and hyperparameters', () => {
  it('issue 1: a lactate coefficient of 0.4 multiplies the odds by e^0.4 ≈ 1.49', () => {
    expect(Math.exp(0.4)).toBeCloseTo(1.4918, 4);
    expect(fixed(Math.exp(0.4), 2)).toBe('1.49');
  });

  it('issue 1: five values for each of six hyperparameters gives 5^6 = 15,625 runs', () => {
    expect(gridTrials(5, 6)).toBe(15_625);
    expect(formatCount(gridTrials(5, 6))).toBe('15,625');
  });

  it('issue 1: at 2 minutes per run that is 31,250 minutes, about 21.7 days', () => {
    const minutes = gridTrials(5, 6) * 2;
    expect(formatCount(minutes)).toBe('31,250');
    expect(fixed(minutes / (60 * 24), 1)).toBe('21.7');
    expect(formatDuration(minutes)).toBe('21.7 days');
  });

  it('issue 1: a seventh hyperparameter would make it 78,125 runs', () => {
    expect(formatCount(gridTrials(5, 7))).toBe('78,125');
  });

  it('issue 1: a three-by-three grid of nine trials tests three values of the important hyperparameter', () => {
    expect(gridTrials(3, 2)).toBe(9);
    expect(gridTrials(3, 2) / 3).toBe(3);
  });

  it('issue 1: with q = 0.05, 59 trials give 1 − 0.95^59 ≈ 0.952 and 58 give only about 0.949', () => {
    expect(hitProbability(59, 0.05)).toBeCloseTo(1 - 0.95 ** 59, 12);
    expect(fixed(hitProbability(59, 0.05), 3)).toBe('0.952');
    expect(fixed(hitProbability(58, 0.05), 3)).toBe('0.949');
  });

  it('issue 1: so 59 is the smallest number reaching 95%, and "60 trials" rounds this up', () => {
    expect(trialsForHit(0.05, 0.95)).toBe(59);
  });

  it('issue 1 quiz: a 4-by-4 grid is 4 squared = 16 runs but tries only 4 learning-rate values', () => {
    expect(gridTrials(4, 2)).toBe(16);
    expect(gridTrials(4, 2) / 4).toBe(4);
  });
});

describe('issue 2: training, validation and test sets', () => {
  it('issue 2: 3,000 of 20,000 discharges (15%) were followed by a readmission', () => {
    expect(3_000 / 20_000).toBe(0.15);
    expect(formatPercent(3_000 / 20_000, 0)).toBe('15%');
  });

  it('issue 2: 70:15:15 of 12,500 patients is 8,750 to training, 1,875 to validation and 1,875 to testing', () => {
    expect([0.7, 0.15, 0.15].map((share) => whole(12_500 * share))).toEqual(['8,750', '1,875', '1,875']);
  });

  it('issue 2: the test patients contribute about 3,000 discharges, roughly 450 of them readmitted', () => {
    const testDischarges = 20_000 * 0.15;
    expect(testDischarges).toBe(3_000);
    expect(testDischarges * 0.15).toBe(450);
  });

  it("issue 2: with about 450 readmissions the AUC's standard error is roughly 0.014 by Hanley and McNeil's formula", () => {
    // Evaluated at the untouched test-set AUC of 0.77, with 450 readmitted and 2,550 not.
    const se = hanleyMcNeilSe(0.77, 450, 2_550);
    expect(se).toBeCloseTo(0.0136, 4);
    expect(fixed(se, 3)).toBe('0.014');
  });

  it('issue 2: the honest estimate of 0.77 sits 0.01 above the 2023 result of 0.76', () => {
    expect(fixed(0.77 - 0.76, 2)).toBe('0.01');
  });

  it('issue 2: with 12,500 patients, setting 3,750 aside is affordable', () => {
    expect(12_500 * 0.15 * 2).toBe(3_750);
  });

  it('issue 2: with 5 outer folds each holds 2,500; inner folds of the remaining 10,000 hold 2,000, so inner models train on 8,000', () => {
    const outerFold = 12_500 / 5;
    const outerTraining = 12_500 - outerFold;
    const innerFold = outerTraining / 5;
    expect([outerFold, outerTraining, innerFold, outerTraining - innerFold]).toEqual([2_500, 10_000, 2_000, 8_000]);
  });

  it('issue 2: 200 configurations cost 5 × 5 × 200 = 5,000 inner fits, plus 5 refits: 5,005 in all', () => {
    const innerFits = 5 * 5 * 200;
    expect(whole(innerFits)).toBe('5,000');
    expect(whole(innerFits + 5)).toBe('5,005');
  });

  it("issue 2: a 70:15:15 split of discharges separates a patient's two with probability 1 − (0.70² + 0.15² + 0.15²) = 0.465", () => {
    const p = chanceSplitApart([0.7, 0.15, 0.15]);
    expect(p).toBeCloseTo(0.465, 12);
    expect(fixed(p, 3)).toBe('0.465');
  });

  it('issue 2 quiz: an 80:20 split puts two admissions in different sets with probability 2 × 0.8 × 0.2 = 0.32', () => {
    expect(chanceSplitApart([0.8, 0.2])).toBeCloseTo(0.32, 12);
    expect(2 * 0.8 * 0.2).toBeCloseTo(0.32, 12);
  });

  it('issue 2 quiz: both in test is 0.2 × 0.2 = 0.04, both in training 0.8 × 0.8 = 0.64, the same set 0.64 + 0.04 = 0.68', () => {
    expect(fixed(0.2 * 0.2, 2)).toBe('0.04');
    expect(fixed(0.8 * 0.8, 2)).toBe('0.64');
    expect(fixed(0.8 * 0.8 + 0.2 * 0.2, 2)).toBe('0.68');
    expect(1 - chanceSplitApart([0.8, 0.2])).toBeCloseTo(0.68, 12);
  });
});

describe('issue 3: overfitting and underfitting', () => {
  it('issue 3: 200 of 2,000 admissions (10%) ended in death', () => {
    expect(formatPercent(200 / 2_000, 0)).toBe('10%');
  });

  it('issue 3: each round of five-fold cross-validation learns from 1,600 patients (160 deaths) and scores the other 400 (40 deaths)', () => {
    expect([2_000 * (4 / 5), 200 * (4 / 5), 2_000 / 5, 200 / 5]).toEqual([1_600, 160, 400, 40]);
  });

  it.each([
    [1, 0.64, 0.63, '0.01'],
    [2, 0.72, 0.7, '0.02'],
    [4, 0.81, 0.77, '0.04'],
    [6, 0.87, 0.76, '0.11'],
    [10, 0.93, 0.73, '0.20'],
    [20, 0.97, 0.71, '0.26'],
  ])('issue 3: at maximum depth %d, training AUC %d and validation AUC %d leave a gap of %s', (_depth, train, validation, gap) => {
    expect(fixed(train - validation, 2)).toBe(gap);
  });

  it('issue 3: for true risk 0.20, σ² = 0.20 × 0.80 = 0.16', () => {
    expect(brierDecomposition(0.2, 0.2, 0).noise).toBeCloseTo(0.16, 12);
  });

  it.each([
    ['Depth 1', 0.14, 0.02, '0.0036', '0.0004', '0.1640'],
    ['Depth 4', 0.18, 0.04, '0.0004', '0.0016', '0.1620'],
    ['Depth 20', 0.2, 0.15, '0.0000', '0.0225', '0.1825'],
  ])(
    'issue 3: %s, average prediction %d with SD %d, has bias squared %s, variance %s and expected squared error %s',
    (_tree, mean, sd, bias2, variance, expected) => {
      const d = brierDecomposition(0.2, mean, sd);
      expect(fixed(d.biasSquared, 4)).toBe(bias2);
      expect(fixed(d.variance, 4)).toBe(variance);
      expect(fixed(d.expected, 4)).toBe(expected);
      expect(d.expected).toBeCloseTo(Number(expected), 12);
    },
  );

  it('issue 3: a depth-10 tree may have up to 1,024 leaves', () => {
    expect(whole(2 ** 10)).toBe('1,024');
  });

  it('issue 3: penalisation narrows the gap from 0.83 − 0.74 = 0.09 to 0.80 − 0.76 = 0.04', () => {
    expect(fixed(0.83 - 0.74, 2)).toBe('0.09');
    expect(fixed(0.8 - 0.76, 2)).toBe('0.04');
  });

  it('issue 3: for the pneumonia data, events per variable is 200 / 40 = 5', () => {
    expect(eventsPerVariable(200, 1_800, 40)).toBe(5);
  });

  it('issue 3: 10 EPV would need 400 deaths, about 4,000 admissions at a 10% death rate, or only 20 candidate parameters', () => {
    expect(10 * 40).toBe(400);
    expect(whole((10 * 40) / 0.1)).toBe('4,000');
    expect(200 / 10).toBe(20);
    expect(eventsPerVariable(200, 1_800, 20)).toBe(10);
  });

  it('issue 3 quiz: 27 + 3 = 30 candidate parameters, and 150 events divided by 30 gives 5', () => {
    const parameters = 27 + (4 - 1);
    expect(parameters).toBe(30);
    expect(eventsPerVariable(150, 1_350, parameters)).toBe(5);
  });

  it('issue 3 quiz: the wrong answers are 150 / 28 ≈ 5.4, 1,500 / 30 = 50 and 1,350 / 30 = 45', () => {
    expect(fixed(eventsPerVariable(150, 1_350, 28), 1)).toBe('5.4');
    expect(1_500 / 30).toBe(50);
    expect(1_350 / 30).toBe(45);
  });

  it("issue 3 quiz: Model A's variance is 0.10 squared or 0.01, so 0 + 0.01 = 0.01", () => {
    const a = brierDecomposition(0.3, 0.3, 0.1);
    expect(a.biasSquared).toBe(0);
    expect(fixed(a.variance, 2)).toBe('0.01');
  });

  it("issue 3 quiz: Model B's squared bias plus variance is 0.0016 + 0.0009 = 0.0025", () => {
    const b = brierDecomposition(0.3, 0.26, 0.03);
    expect(fixed(b.biasSquared, 4)).toBe('0.0016');
    expect(fixed(b.variance, 4)).toBe('0.0009');
    expect(fixed(b.biasSquared + b.variance, 4)).toBe('0.0025');
  });

  it('issue 3 quiz: the irreducible noise is 0.30 × 0.70 = 0.21', () => {
    expect(fixed(brierDecomposition(0.3, 0.3, 0).noise, 2)).toBe('0.21');
  });
});

describe('issue 4: sensitivity and specificity versus precision and recall', () => {
  it('issue 4: PPV at 90% sensitivity, 90% specificity and 1% prevalence is 0.009 / (0.009 + 0.099) ≈ 8.3%', () => {
    expect(0.9 * 0.01).toBeCloseTo(0.009, 12);
    expect((1 - 0.9) * (1 - 0.01)).toBeCloseTo(0.099, 12);
    expect(ppv(0.9, 0.9, 0.01)).toBeCloseTo(0.009 / (0.009 + 0.099), 12);
    expect(formatPercent(ppv(0.9, 0.9, 0.01))).toBe('8.3%');
  });

  it('issue 4: about 1 referral in 12 has sight-threatening disease', () => {
    expect(1 / ppv(0.9, 0.9, 0.01)).toBeCloseTo(12, 12);
  });

  it('issue 4: NPV is 0.891 / (0.891 + 0.001) ≈ 99.9%', () => {
    expect(0.9 * 0.99).toBeCloseTo(0.891, 12);
    expect((1 - 0.9) * 0.01).toBeCloseTo(0.001, 12);
    expect(npv(0.9, 0.9, 0.01)).toBeCloseTo(0.891 / 0.892, 12);
    expect(formatPercent(npv(0.9, 0.9, 0.01))).toBe('99.9%');
  });

  it('issue 4: in the retina clinic the PPV is 0.09 / (0.09 + 0.09) = 50%, six times higher', () => {
    expect(ppv(0.9, 0.9, 0.1)).toBeCloseTo(0.5, 12);
    expect(formatPercent(ppv(0.9, 0.9, 0.1), 0)).toBe('50%');
    expect(ppv(0.9, 0.9, 0.1) / ppv(0.9, 0.9, 0.01)).toBeCloseTo(6, 12);
  });

  it('issue 4: the clinic NPV drops slightly, to 0.81 / (0.81 + 0.01) ≈ 98.8%', () => {
    expect(npv(0.9, 0.9, 0.1)).toBeCloseTo(0.81 / 0.82, 12);
    expect(formatPercent(npv(0.9, 0.9, 0.1))).toBe('98.8%');
  });

  it('issue 4: of 10,000 screened, 100 have retinopathy, 90 are flagged and 10 missed; of 9,900 without, 990 are flagged and 8,910 cleared', () => {
    const counts = expectedCounts(10_000, 0.01, 0.9, 0.9);
    expect(roundCounts(counts)).toEqual({ tp: 90, fn: 10, fp: 990, tn: 8_910 });
    expect(counts.tp + counts.fn).toBeCloseTo(100, 9);
    expect(whole(counts.fp + counts.tn)).toBe('9,900');
  });

  it('issue 4: of the 1,080 referred, 90/1,080 ≈ 8.3%; of the 8,920 cleared, 8,910 are free of it, about 99.9%', () => {
    const c = roundCounts(expectedCounts(10_000, 0.01, 0.9, 0.9));
    const m = metrics(c);
    expect(whole(c.tp + c.fp)).toBe('1,080');
    expect(whole(c.tn + c.fn)).toBe('8,920');
    expect(m.precision).toBeCloseTo(ppv(0.9, 0.9, 0.01), 12);
    expect(formatPercent(m.precision)).toBe('8.3%');
    expect(formatPercent(m.npv)).toBe('99.9%');
  });

  it('issue 4: in a clinic of 10,000, 1,000 have the disease and 900 are flagged; 9,000 do not and 900 are flagged; half of the 1,800 referrals are real', () => {
    const c = roundCounts(expectedCounts(10_000, 0.1, 0.9, 0.9));
    expect(c).toMatchObject({ tp: 900, fp: 900 });
    expect(c.tp + c.fn).toBe(1_000);
    expect(c.fp + c.tn).toBe(9_000);
    expect(whole(c.tp + c.fp)).toBe('1,800');
    expect(metrics(c).precision).toBe(0.5);
  });

  it('issue 4: in the screening programme F1 = 180/(180 + 990 + 10) = 180/1,180 ≈ 0.15', () => {
    const m = metrics(roundCounts(expectedCounts(10_000, 0.01, 0.9, 0.9)));
    expect(m.f1).toBeCloseTo(180 / 1_180, 12);
    expect(f1(m.precision, m.sensitivity)).toBeCloseTo(180 / 1_180, 12);
    expect(fixed(m.f1, 2)).toBe('0.15');
  });

  it('issue 4: in the clinic F1 = 1,800/(1,800 + 900 + 100) = 1,800/2,800 ≈ 0.64', () => {
    const m = metrics(roundCounts(expectedCounts(10_000, 0.1, 0.9, 0.9)));
    expect(m.f1).toBeCloseTo(1_800 / 2_800, 12);
    expect(fixed(f1(0.5, 0.9), 2)).toBe('0.64');
  });

  it('issue 4 quiz: at 95% sensitivity and specificity and 2% prevalence, per 10,000 people 200 have the disease and 190 are flagged; of 9,800 without, 490 are flagged', () => {
    const c = roundCounts(expectedCounts(10_000, 0.02, 0.95, 0.95));
    expect(c.tp + c.fn).toBe(200);
    expect(c.tp).toBe(190);
    expect(c.fp + c.tn).toBe(9_800);
    expect(c.fp).toBe(490);
  });

  it('issue 4 quiz: so 190 of 680 positives are true, about 28%', () => {
    const c = roundCounts(expectedCounts(10_000, 0.02, 0.95, 0.95));
    expect(c.tp + c.fp).toBe(680);
    expect(ppv(0.95, 0.95, 0.02)).toBeCloseTo(190 / 680, 12);
    expect(formatPercent(ppv(0.95, 0.95, 0.02), 0)).toBe('28%');
  });

  it('issue 4 quiz: the distractor 0.34 is the product of recall 0.85 and precision 0.40', () => {
    expect(fixed(0.85 * 0.4, 2)).toBe('0.34');
  });

  it('issue 4 quiz: at 90% sensitivity and specificity, F1 scores of 0.64 and 0.15 fit prevalences of 10% and 1%', () => {
    expect(fixed(f1(ppv(0.9, 0.9, 0.1), 0.9), 2)).toBe('0.64');
    expect(fixed(f1(ppv(0.9, 0.9, 0.01), 0.9), 2)).toBe('0.15');
  });
});

describe('issue 5: accuracy versus AUC versus AUPRC', () => {
  const sepsis = { tp: 140, fp: 980, fn: 60, tn: 8_820 };
  const neverAlert = { tp: 0, fp: 0, fn: 200, tn: 9_800 };

  it('issue 5: 200 of 10,000 admissions develop sepsis, a prevalence of 2%', () => {
    expect(formatPercent(metrics(sepsis).prevalence, 0)).toBe('2%');
  });

  it('issue 5: a rule that never alerts has accuracy 9,800/10,000 = 98% and finds no one', () => {
    const m = metrics(neverAlert);
    expect(m.accuracy).toBe(0.98);
    expect(formatPercent(m.accuracy, 0)).toBe('98%');
    expect(m.sensitivity).toBe(0);
    expect(m.precision).toBeNaN();
  });

  it('issue 5: the confusion matrix 140, 980, 60, 8,820 is what 70% sensitivity and 90% specificity give at 2% prevalence', () => {
    expect(roundCounts(expectedCounts(10_000, 0.02, 0.7, 0.9))).toEqual(sepsis);
  });

  it('issue 5: sensitivity is 140/200 = 70% and specificity 8,820/9,800 = 90%', () => {
    const m = metrics(sepsis);
    expect(formatPercent(m.sensitivity, 0)).toBe('70%');
    expect(formatPercent(m.specificity, 0)).toBe('90%');
  });

  it('issue 5: precision is 140/1,120 = 12.5%: one alert in eight', () => {
    const m = metrics(sepsis);
    expect(m.precision).toBe(0.125);
    expect(formatPercent(m.precision)).toBe('12.5%');
    expect(1 / m.precision).toBe(8);
  });

  it('issue 5: accuracy is (140 + 8,820)/10,000 = 89.6%, lower than the rule that does nothing', () => {
    const m = metrics(sepsis);
    expect(m.accuracy).toBeCloseTo(0.896, 12);
    expect(formatPercent(m.accuracy)).toBe('89.6%');
    expect(m.accuracy).toBeLessThan(metrics(neverAlert).accuracy);
  });

  it('issue 5: accuracy = 0.7 × 0.02 + 0.9 × 0.98 = 0.896, with 98% of the weight on patients without sepsis', () => {
    expect(0.7 * 0.02 + 0.9 * 0.98).toBeCloseTo(metrics(sepsis).accuracy, 12);
    expect(1 - metrics(sepsis).prevalence).toBeCloseTo(0.98, 12);
  });

  it('issue 5: 200 × 9,800 = 1,960,000 pairs, and at an AUC of 0.90 the septic patient outranks the other in about 1,764,000', () => {
    expect(whole(200 * 9_800)).toBe('1,960,000');
    expect(whole(0.9 * 200 * 9_800)).toBe('1,764,000');
  });

  it('issue 5: a 10% false positive rate means 980 false alarms against 140 true ones', () => {
    const m = metrics(sepsis);
    expect(1 - m.specificity).toBeCloseTo(0.1, 12);
    expect(sepsis.fp).toBe(980);
  });

  it('issue 5: moving from a 5% to a 10% false positive rate adds 490 false alarms per 10,000 admissions', () => {
    const at = (fpr: number) => expectedCounts(10_000, 0.02, 0.7, 1 - fpr).fp;
    expect(at(0.1) - at(0.05)).toBeCloseTo(490, 9);
  });

  it('issue 5: the threshold is one point on the precision–recall curve: recall 0.70, precision 0.125', () => {
    const m = metrics(sepsis);
    expect([m.sensitivity, m.precision]).toEqual([0.7, 0.125]);
  });

  it('issue 5: a no-skill model has an AUC of 0.5 but an AUPRC equal to the prevalence, 0.02', () => {
    expect(aucFromSeparation(0)).toBe(0.5);
    expect(fixed(auprc(0, 0.02), 2)).toBe('0.02');
  });

  it('issue 5: under the binormal assumption, an AUC of 0.90 gives an AUPRC of about 0.30 at 2% prevalence', () => {
    const d = separationFromAuc(0.9);
    expect(auprc(d, 0.02)).toBeCloseTo(0.2994, 3);
    expect(fixed(auprc(d, 0.02), 2)).toBe('0.30');
  });

  it('issue 5: under the same assumption, 90% specificity gives the quoted 70% sensitivity', () => {
    const { tpr, fpr } = rates(separationFromAuc(0.9), normalQuantile(0.9));
    expect(fpr).toBeCloseTo(0.1, 12);
    expect(formatPercent(tpr, 0)).toBe('70%');
  });

  it('issue 5: an AUPRC of 0.30 is fifteen times the no-skill value of 0.02', () => {
    expect(0.3 / 0.02).toBeCloseTo(15, 12);
    expect(Math.round(auprc(separationFromAuc(0.9), 0.02) / auprc(0, 0.02))).toBe(15);
  });

  it('issue 5: at 10% prevalence, 700 of 1,000 with sepsis and 900 of 9,000 without are alerted: precision 700/1,600 = 43.75%', () => {
    const c = roundCounts(expectedCounts(10_000, 0.1, 0.7, 0.9));
    expect(c).toMatchObject({ tp: 700, fp: 900 });
    expect(c.tp + c.fn).toBe(1_000);
    expect(c.fp + c.tn).toBe(9_000);
    expect(whole(c.tp + c.fp)).toBe('1,600');
    expect(formatPercent(metrics(c).precision, 2)).toBe('43.75%');
    expect(ppv(0.7, 0.9, 0.1)).toBeCloseTo(0.4375, 12);
  });

  it('issue 5: the AUPRC roughly doubles, to about 0.60, against a baseline of 0.10', () => {
    const d = separationFromAuc(0.9);
    expect(fixed(auprc(d, 0.1), 2)).toBe('0.60');
    expect(auprc(d, 0.1) / auprc(d, 0.02)).toBeCloseTo(2, 1);
    expect(fixed(auprc(0, 0.1), 2)).toBe('0.10');
  });

  it('issue 5: at the intended threshold there are 8 alerts per true case', () => {
    expect((sepsis.tp + sepsis.fp) / sepsis.tp).toBe(8);
  });

  it('issue 5 quiz: at 3% prevalence a never-alert rule is 97% accurate', () => {
    expect(formatPercent(metrics({ tp: 0, fp: 0, fn: 3, tn: 97 }).accuracy, 0)).toBe('97%');
  });

  it('issue 5 quiz: an AUPRC of 0.25 at 2% prevalence is 12.5 times its baseline; 0.40 at 20% is twice its baseline', () => {
    expect(0.25 / auprc(0, 0.02)).toBeCloseTo(12.5, 6);
    expect(0.4 / auprc(0, 0.2)).toBeCloseTo(2, 6);
  });

  it('issue 5 quiz: a rise from 2% to 10% prevalence is five-fold', () => {
    expect(0.1 / 0.02).toBeCloseTo(5, 12);
  });
});

describe('issue 6: discrimination and calibration', () => {
  const bands: PredictionGroup[] = [
    { predicted: 0.1, patients: 400, events: 20 },
    { predicted: 0.2, patients: 400, events: 40 },
    { predicted: 0.4, patients: 200, events: 40 },
  ];
  const halved = bands.map((g) => ({ ...g, predicted: g.predicted / 2 }));
  const everyoneTenPercent: PredictionGroup[] = [{ predicted: 0.1, patients: 1_000, events: 100 }];

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

  it.each([
    ['10%', '20 of 400', '5%', 0],
    ['20%', '40 of 400', '10%', 1],
    ['40%', '40 of 200', '20%', 2],
  ])('issue 6: the %s band has events in %s, an observed risk of %s', (_band, _events, printed, index) => {
    const g = bands[index]!;
    expect(formatPercent(g.events / g.patients, 0)).toBe(printed);
  });

  it('issue 6: across all 1,000 patients, 100 events give an observed risk of 10%', () => {
    const { predicted, outcomes } = expand(bands);
    expect(predicted).toHaveLength(1_000);
    expect(formatPercent(calibrationInTheLarge(predicted, outcomes).observed, 0)).toBe('10%');
  });

  it('issue 6: the model expects 400 × 0.10 + 400 × 0.20 + 200 × 0.40 = 200 events, an average predicted risk of 20%', () => {
    const { predicted, outcomes } = expand(bands);
    const c = calibrationInTheLarge(predicted, outcomes);
    expect(c.meanPredicted * 1_000).toBeCloseTo(200, 9);
    expect(formatPercent(c.meanPredicted, 0)).toBe('20%');
  });

  it('issue 6: only 100 occur, an observed-to-expected ratio of 0.5', () => {
    const { predicted, outcomes } = expand(bands);
    expect(calibrationInTheLarge(predicted, outcomes).observedToExpected).toBeCloseTo(0.5, 12);
  });

  it('issue 6: of 100 × 900 = 90,000 pairs, 44,800 put the event higher, 28,400 level and 16,800 lower', () => {
    const pairs = concordancePairs(bands);
    expect(whole(pairs.pairs)).toBe('90,000');
    expect(whole(pairs.concordant)).toBe('44,800');
    expect(whole(pairs.tied)).toBe('28,400');
    expect(whole(pairs.discordant)).toBe('16,800');
  });

  it('issue 6: the AUC is (44,800 + 0.5 × 28,400)/90,000 = 59/90 ≈ 0.656', () => {
    expect(concordance(bands)).toBeCloseTo(59 / 90, 12);
    expect(fixed(concordance(bands), 3)).toBe('0.656');
  });

  it('issue 6: halving every prediction leaves the AUC at exactly 59/90', () => {
    expect(concordance(halved)).toBe(concordance(bands));
    expect(concordance(halved)).toBeCloseTo(59 / 90, 12);
  });

  it('issue 6: at a 10% statin threshold all 1,000 patients qualify on the original model and 600 on the corrected one', () => {
    const qualifying = (groups: readonly PredictionGroup[]) =>
      groups.filter((g) => g.predicted >= 0.1).reduce((sum, g) => sum + g.patients, 0);
    expect(whole(qualifying(bands))).toBe('1,000');
    expect(qualifying(halved)).toBe(600);
  });

  it('issue 6: on a reliability diagram the bands sit at 10% against 5%, 20% against 10% and 40% against 20%', () => {
    const { predicted, outcomes } = expand(bands);
    const bins = reliabilityBins(predicted, outcomes, 10);
    expect(bins.map((b) => [formatPercent(b.meanPredicted, 0), formatPercent(b.observed, 0)])).toEqual([
      ['10%', '5%'],
      ['20%', '10%'],
      ['40%', '20%'],
    ]);
  });

  it('issue 6: four patients at 0.40, 0.20, 0.20 and 0.10, only the first with an event: squared errors 0.36, 0.04, 0.04 and 0.01 sum to 0.45, and 0.45/4 = 0.1125', () => {
    const predicted = [0.4, 0.2, 0.2, 0.1];
    const outcomes: (0 | 1)[] = [1, 0, 0, 0];
    const squared = predicted.map((p, i) => brierScore([p], [outcomes[i]!]));
    expect(squared.map((s) => fixed(s, 2))).toEqual(['0.36', '0.04', '0.04', '0.01']);
    expect(
      fixed(
        squared.reduce((a, b) => a + b, 0),
        2,
      ),
    ).toBe('0.45');
    expect(brierScore(predicted, outcomes)).toBeCloseTo(0.1125, 12);
  });

  it('issue 6: the 40% band contributes 40 × 0.6² + 160 × 0.4² = 14.4 + 25.6 = 40', () => {
    const band = bands[2]!;
    expect(groupedBrier([band]) * band.patients).toBeCloseTo(40, 9);
    expect(40 * 0.6 ** 2).toBeCloseTo(14.4, 12);
    expect(160 * 0.4 ** 2).toBeCloseTo(25.6, 12);
  });

  it.each([
    { model: 'Original', groups: bands, auc: '0.656', average: '20%', sum: 100, brier: '0.100' },
    { model: 'Risks halved', groups: halved, auc: '0.656', average: '10%', sum: 87, brier: '0.087' },
    { model: 'Everyone given 10%', groups: everyoneTenPercent, auc: '0.500', average: '10%', sum: 90, brier: '0.090' },
  ])(
    'issue 6: $model has AUC $auc, average predicted risk $average and Brier score $sum/1,000 = $brier',
    ({ groups, auc, average, sum, brier }) => {
      const { predicted, outcomes } = expand(groups);
      expect(fixed(concordance(groups), 3)).toBe(auc);
      expect(formatPercent(calibrationInTheLarge(predicted, outcomes).meanPredicted, 0)).toBe(average);
      expect(groupedBrier(groups) * 1_000).toBeCloseTo(sum, 9);
      expect(fixed(groupedBrier(groups), 3)).toBe(brier);
    },
  );

  it("issue 6: the uninformative model's score is 0.1 × 0.9 = 0.09, and it beats the original model", () => {
    expect(groupedBrier(everyoneTenPercent)).toBeCloseTo(0.1 * 0.9, 12);
    expect(groupedBrier(everyoneTenPercent)).toBeLessThan(groupedBrier(bands));
  });

  it("issue 6: Brier's original two-category version is exactly twice this one for a yes-or-no outcome", () => {
    const predicted = [0.4, 0.2, 0.2, 0.1];
    const outcomes: (0 | 1)[] = [1, 0, 0, 0];
    const original =
      predicted.reduce((sum, p, i) => {
        const y = outcomes[i]!;
        return sum + (p - y) ** 2 + (1 - p - (1 - y)) ** 2;
      }, 0) / predicted.length;
    expect(original).toBeCloseTo(2 * brierScore(predicted, outcomes), 12);
  });

  it('issue 6 quiz: predictions 0.9, 0.2 and 0.5 with outcomes 1, 0, 1 have squared errors 0.01, 0.04 and 0.25, summing to 0.30, so the Brier score is 0.10', () => {
    const predicted = [0.9, 0.2, 0.5];
    const outcomes: (0 | 1)[] = [1, 0, 1];
    expect(predicted.map((p, i) => fixed(brierScore([p], [outcomes[i]!]), 2))).toEqual(['0.01', '0.04', '0.25']);
    expect(fixed(brierScore(predicted, outcomes) * 3, 2)).toBe('0.30');
    expect(fixed(brierScore(predicted, outcomes), 2)).toBe('0.10');
  });

  it('issue 6 quiz: 0.53 is the average predicted risk, rounded', () => {
    expect(fixed(calibrationInTheLarge([0.9, 0.2, 0.5], [1, 0, 1]).meanPredicted, 2)).toBe('0.53');
  });

  it('issue 6 quiz: predicting 24% where 12% happen makes the risks double what actually happens', () => {
    const predicted = new Array<number>(100).fill(0.24);
    const outcomes: (0 | 1)[] = Array.from({ length: 100 }, (_, i) => (i < 12 ? 1 : 0));
    expect(calibrationInTheLarge(predicted, outcomes).observedToExpected).toBeCloseTo(0.5, 12);
  });
});

describe('issue 7: prediction and causation', () => {
  // Severe, then not severe; exposure is intensive care.
  const pneumonia: Stratum[] = [
    { exposedEvents: 40, exposed: 200, unexposedEvents: 30, unexposed: 100 },
    { exposedEvents: 2, exposed: 100, unexposedEvents: 78, unexposed: 2_600 },
  ];

  it.each([
    ['severe, intensive care', 40, 200, '20%'],
    ['severe, ward', 30, 100, '30%'],
    ['not severe, intensive care', 2, 100, '2%'],
    ['not severe, ward', 78, 2_600, '3%'],
  ])('issue 7: the risk of death for %s is %d/%d = %s', (_row, deaths, patients, printed) => {
    expect(formatPercent(deaths / patients, 0)).toBe(printed);
  });

  it('issue 7: overall, 42 of 300 in intensive care (14%) and 108 of 2,700 on the ward (4%) died', () => {
    const c = crude(pneumonia);
    expect(formatPercent(c.exposedRisk, 0)).toBe('14%');
    expect(formatPercent(c.unexposedRisk, 0)).toBe('4%');
  });

  it('issue 7: the crude risk ratio is 0.14/0.04 = 3.5', () => {
    expect(crude(pneumonia).riskRatio).toBeCloseTo(3.5, 12);
  });

  it('issue 7: within each severity group it is 0.20/0.30 = 2/3 and 0.02/0.03 = 2/3', () => {
    for (const s of pneumonia) {
      expect(riskRatio(s.exposedEvents, s.exposed, s.unexposedEvents, s.unexposed)).toBeCloseTo(2 / 3, 12);
    }
  });

  it('issue 7: two-thirds of intensive care patients (200 of 300) were severely ill, against 1 in 27 of ward patients (100 of 2,700)', () => {
    const [severe, notSevere] = pneumonia;
    expect(severe!.exposed / (severe!.exposed + notSevere!.exposed)).toBeCloseTo(2 / 3, 12);
    expect((severe!.unexposed + notSevere!.unexposed) / severe!.unexposed).toBe(27);
  });

  it('issue 7: 300 of 3,000, or 10%, were severely ill, and 90% were not', () => {
    const total = pneumonia.reduce((sum, s) => sum + s.exposed + s.unexposed, 0);
    expect(whole(total)).toBe('3,000');
    expect(formatPercent(300 / total, 0)).toBe('10%');
    expect(formatPercent(2_700 / total, 0)).toBe('90%');
  });

  it('issue 7: with everyone in intensive care the risk would be 0.20 × 0.10 + 0.02 × 0.90 = 0.038', () => {
    const s = standardised(pneumonia);
    expect(s.exposedRisk).toBeCloseTo(0.038, 12);
    expect(fixed(s.exposedRisk, 3)).toBe('0.038');
  });

  it('issue 7: with everyone on the ward, 0.30 × 0.10 + 0.03 × 0.90 = 0.057', () => {
    const s = standardised(pneumonia);
    expect(s.unexposedRisk).toBeCloseTo(0.057, 12);
    expect(fixed(s.unexposedRisk, 3)).toBe('0.057');
  });

  it('issue 7: the ratio is 0.038/0.057 = 2/3: 19 fewer deaths per 1,000 patients', () => {
    const s = standardised(pneumonia);
    expect(s.riskRatio).toBeCloseTo(2 / 3, 12);
    expect(s.riskDifference * 1_000).toBeCloseTo(-19, 9);
  });

  describe('issue 7 quiz: the anticoagulant', () => {
    // The quiz gives only percentages. These counts reproduce every one of
    // them, and the mixing shares below show they are the only mix that can.
    const anticoagulant: Stratum[] = [
      { exposedEvents: 60, exposed: 300, unexposedEvents: 40, unexposed: 100 },
      { exposedEvents: 5, exposed: 100, unexposedEvents: 50, unexposed: 500 },
    ];

    it('issue 7 quiz: 20% of treated and 40% of untreated frail patients died, and 5% and 10% of the non-frail: a risk ratio of 0.5 in both strata (20/40 and 5/10)', () => {
      const [frail, notFrail] = anticoagulant;
      expect(formatPercent(frail!.exposedEvents / frail!.exposed, 0)).toBe('20%');
      expect(formatPercent(frail!.unexposedEvents / frail!.unexposed, 0)).toBe('40%');
      expect(formatPercent(notFrail!.exposedEvents / notFrail!.exposed, 0)).toBe('5%');
      expect(formatPercent(notFrail!.unexposedEvents / notFrail!.unexposed, 0)).toBe('10%');
      for (const s of anticoagulant) {
        expect(riskRatio(s.exposedEvents, s.exposed, s.unexposedEvents, s.unexposed)).toBeCloseTo(0.5, 12);
      }
    });

    it('issue 7 quiz: overall, 16.25% of treated and 15% of untreated patients died', () => {
      const c = crude(anticoagulant);
      expect(formatPercent(c.exposedRisk, 2)).toBe('16.25%');
      expect(formatPercent(c.unexposedRisk, 0)).toBe('15%');
      expect(c.riskRatio).toBeGreaterThan(1);
    });

    it('issue 7 quiz: those overall figures force 75% of treated but only 1 in 6 untreated patients to be frail', () => {
      expect((0.1625 - 0.05) / (0.2 - 0.05)).toBeCloseTo(0.75, 12);
      expect((0.15 - 0.1) / (0.4 - 0.1)).toBeCloseTo(1 / 6, 12);
    });

    it('issue 7 quiz: standardised to the whole population, the drug halves the risk of death', () => {
      expect(standardised(anticoagulant).riskRatio).toBeCloseTo(0.5, 12);
    });
  });
});
