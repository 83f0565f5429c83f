/**
 * Acquisition functions: how Bayesian optimisation turns the GP's mean μ and
 * uncertainty σ at a candidate into one score for "try this next".
 *
 * Sign convention: every function here returns a score where larger is
 * better, whatever the goal, so the caller always takes the argmax. For
 * minimisation the improvement is measured downwards (best − μ).
 */
import { normalCdf, normalPdf } from './normal';

export type Goal = 'maximise' | 'minimise';
export type AcquisitionKind = 'ei' | 'pi' | 'ucb';

/** How far μ beats the best so far, in the goal's direction, less the margin ξ. */
function improvement(mu: number, best: number, xi: number, goal: Goal): number {
  return goal === 'maximise' ? mu - best - xi : best - mu - xi;
}

export function expectedImprovement(mu: number, sigma: number, best: number, xi: number, goal: Goal): number {
  const gain = improvement(mu, best, xi, goal);
  // With no uncertainty left the improvement is known exactly.
  if (!(sigma > 0)) return Math.max(gain, 0);
  const z = gain / sigma;
  return gain * normalCdf(z) + sigma * normalPdf(z);
}

export function probabilityOfImprovement(mu: number, sigma: number, best: number, xi: number, goal: Goal): number {
  const gain = improvement(mu, best, xi, goal);
  if (!(sigma > 0)) return gain > 0 ? 1 : 0;
  return normalCdf(gain / sigma);
}

/**
 * Maximising, the optimistic bound is μ + κσ. Minimising, it is the lower
 * bound μ − κσ, returned negated so that, as for EI and PI, larger is better.
 */
export function upperConfidenceBound(mu: number, sigma: number, kappa: number, goal: Goal): number {
  return goal === 'maximise' ? mu + kappa * sigma : -(mu - kappa * sigma);
}

/** `param` is ξ for EI and PI, and κ for UCB. */
export function acquisition(kind: AcquisitionKind, mu: number, sigma: number, best: number, param: number, goal: Goal): number {
  switch (kind) {
    case 'ei':
      return expectedImprovement(mu, sigma, best, param, goal);
    case 'pi':
      return probabilityOfImprovement(mu, sigma, best, param, goal);
    case 'ucb':
      return upperConfidenceBound(mu, sigma, param, goal);
  }
}

/** Index of the first largest value; NaNs never win, and an empty list gives −1. */
export function argmax(values: readonly number[]): number {
  let bestIndex = -1;
  let bestValue = -Infinity;
  values.forEach((value, index) => {
    if (value > bestValue || (bestIndex === -1 && value === -Infinity)) {
      bestIndex = index;
      bestValue = value;
    }
  });
  return bestIndex;
}
