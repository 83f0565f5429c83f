import { expectedCounts, formatPercent, formatRate, npv, ppv, wholeCounts, type ConfusionCounts } from '../../lib/stats/diagnostic';

/** Prevalence steps on a roughly logarithmic scale, from rare screening targets to a specialist clinic. */
export const PREVALENCES = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5] as const;
export const POPULATION = 10_000;
/** Sensitivity and specificity, as proportions: the sliders' range, which the model enforces too. */
export const ACCURACY_RANGE = [0.5, 0.99] as const;

export interface PrevalenceState {
  prevalence: number;
  sensitivity: number;
  specificity: number;
}

/** What the figure shows before any interaction: issue 4's worked example. */
export const INITIAL_STATE: PrevalenceState = { prevalence: 0.01, sensitivity: 0.9, specificity: 0.9 };

export interface PrevalenceView {
  state: PrevalenceState;
  ppv: string;
  npv: string;
  prevalenceText: string;
  sensitivityText: string;
  specificityText: string;
  /** Whole people, by largest-remainder rounding: they sum to the population and to each column. */
  counts: ConfusionCounts;
  diseased: number;
  healthy: number;
  positives: number;
  /** Share of positive tests that are true, from the exact rates (the PPV), for the bar. */
  trueShare: number;
  summary: string;
}

const fmt = (value: number) => value.toLocaleString('en-GB');

function clampAccuracy(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.round(Math.min(ACCURACY_RANGE[1], Math.max(ACCURACY_RANGE[0], value)) * 100) / 100;
}

/** The nearest of the offered prevalences (on the log scale they are spaced by); not a number gives 1%. */
export function clampPrevalence(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return Number.isFinite(value) && value <= 0 ? PREVALENCES[0] : 0.01;
  let best: number = PREVALENCES[0];
  for (const p of PREVALENCES) if (Math.abs(Math.log(p / value)) < Math.abs(Math.log(best / value))) best = p;
  return best;
}

/** The prevalence at a slider position; positions outside the list, or not whole numbers, are brought inside it. */
export function prevalenceAt(index: number): number {
  if (!Number.isFinite(index)) return 0.01;
  const i = Math.min(PREVALENCES.length - 1, Math.max(0, Math.round(index)));
  return PREVALENCES[i]!;
}

export function prevalenceText(prevalence: number): string {
  return formatPercent(prevalence, prevalence < 0.01 ? 1 : 0);
}

export function prevalenceView(input: PrevalenceState): PrevalenceView {
  const state: PrevalenceState = {
    prevalence: clampPrevalence(input.prevalence),
    sensitivity: clampAccuracy(input.sensitivity, 0.9),
    specificity: clampAccuracy(input.specificity, 0.9),
  };
  const { prevalence, sensitivity, specificity } = state;
  const exact = expectedCounts(POPULATION, prevalence, sensitivity, specificity);
  const counts = wholeCounts(exact);
  const exactPpv = ppv(sensitivity, specificity, prevalence);
  // Exact rates, never ratios of the rounded counts; a value short of 100% never prints as 100.0%.
  const p = formatRate(exactPpv);
  const n = formatRate(npv(sensitivity, specificity, prevalence));
  const positives = counts.tp + counts.fp;
  const texts = {
    prevalenceText: prevalenceText(prevalence),
    sensitivityText: formatPercent(sensitivity, 0),
    specificityText: formatPercent(specificity, 0),
  };
  return {
    state,
    ppv: p,
    npv: n,
    ...texts,
    counts,
    diseased: counts.tp + counts.fn,
    healthy: counts.fp + counts.tn,
    positives,
    trueShare: Number.isFinite(exactPpv) ? exactPpv : 0,
    summary:
      `At ${texts.prevalenceText} prevalence, ${texts.sensitivityText} sensitivity and ${texts.specificityText} specificity: PPV ${p}, NPV ${n}. ` +
      `Of ${fmt(positives)} positive tests per ${fmt(POPULATION)} people, ${fmt(counts.tp)} are true and ${fmt(counts.fp)} are false alarms.`,
  };
}
