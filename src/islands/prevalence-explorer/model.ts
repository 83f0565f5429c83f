import { expectedCounts, formatPercent, npv, ppv, roundCounts, type ConfusionCounts } from '../../lib/stats/diagnostic';

/** Prevalence steps on a roughly logarithmic scale, from rare screening targets to a specialist clinic. */
export const PREVALENCES = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5] as const;
export const POPULATION = 10_000;

export interface PrevalenceState {
  prevalence: number;
  sensitivity: number;
  specificity: number;
}

export interface PrevalenceView {
  ppv: string;
  npv: string;
  counts: ConfusionCounts;
  positives: number;
  summary: string;
}

export function prevalenceView(s: PrevalenceState): PrevalenceView {
  const counts = roundCounts(expectedCounts(POPULATION, s.prevalence, s.sensitivity, s.specificity));
  const p = formatPercent(ppv(s.sensitivity, s.specificity, s.prevalence));
  const n = formatPercent(npv(s.sensitivity, s.specificity, s.prevalence));
  return {
    ppv: p,
    npv: n,
    counts,
    positives: counts.tp + counts.fp,
    summary:
      `At ${formatPercent(s.prevalence, s.prevalence < 0.01 ? 1 : 0)} prevalence, ${formatPercent(s.sensitivity, 0)} sensitivity and ` +
      `${formatPercent(s.specificity, 0)} specificity: PPV ${p}, NPV ${n}. Of ${(counts.tp + counts.fp).toLocaleString('en-GB')} positive tests per ` +
      `${POPULATION.toLocaleString('en-GB')} people, ${counts.tp.toLocaleString('en-GB')} are true.`,
  };
}
