/**
 * Crude and standardised comparisons of risk for issue 7, where a confounder
 * (severity of illness) splits the patients into strata.
 */

export interface Stratum {
  exposedEvents: number;
  exposed: number;
  unexposedEvents: number;
  unexposed: number;
}

/** Risk in group A over risk in group B; NaN when either group is empty. */
export function riskRatio(eventsA: number, nA: number, eventsB: number, nB: number): number {
  if (nA === 0 || nB === 0) return Number.NaN;
  return eventsA / nA / (eventsB / nB);
}

/**
 * Pools every stratum as if the confounder did not exist. This is what a
 * predictive model sees, and what confounding distorts.
 */
export function crude(strata: readonly Stratum[]): {
  exposedRisk: number;
  unexposedRisk: number;
  riskRatio: number;
} {
  let exposedEvents = 0;
  let exposed = 0;
  let unexposedEvents = 0;
  let unexposed = 0;
  for (const s of strata) {
    exposedEvents += s.exposedEvents;
    exposed += s.exposed;
    unexposedEvents += s.unexposedEvents;
    unexposed += s.unexposed;
  }
  return {
    exposedRisk: exposed === 0 ? Number.NaN : exposedEvents / exposed,
    unexposedRisk: unexposed === 0 ? Number.NaN : unexposedEvents / unexposed,
    riskRatio: riskRatio(exposedEvents, exposed, unexposedEvents, unexposed),
  };
}

/**
 * The adjustment formula: each stratum's risk under exposure (and under no
 * exposure) weighted by that stratum's share of the whole population, not of
 * those who happened to be exposed. Under no unmeasured confounding these are
 * the risks if everyone, or no one, were exposed.
 *
 * A stratum with no exposed or no unexposed patients breaks positivity: its
 * risk under the missing option is unknown, so the affected results are NaN
 * rather than a silently reweighted guess.
 */
export function standardised(strata: readonly Stratum[]): {
  exposedRisk: number;
  unexposedRisk: number;
  riskRatio: number;
  riskDifference: number;
} {
  const total = strata.reduce((sum, s) => sum + s.exposed + s.unexposed, 0);
  let exposedRisk = 0;
  let unexposedRisk = 0;
  for (const s of strata) {
    const size = s.exposed + s.unexposed;
    if (size === 0) continue;
    const weight = size / total;
    exposedRisk += weight * (s.exposed === 0 ? Number.NaN : s.exposedEvents / s.exposed);
    unexposedRisk += weight * (s.unexposed === 0 ? Number.NaN : s.unexposedEvents / s.unexposed);
  }
  if (total === 0) {
    exposedRisk = Number.NaN;
    unexposedRisk = Number.NaN;
  }
  return {
    exposedRisk,
    unexposedRisk,
    riskRatio: exposedRisk / unexposedRisk,
    riskDifference: exposedRisk - unexposedRisk,
  };
}
