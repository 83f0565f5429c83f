/**
 * The "60 random trials" argument (Bergstra & Bengio 2012): if a fraction q of
 * all settings counts as good, n independent random trials miss it with
 * probability (1 − q)^n.
 */

/** Chance that at least one of `trials` random trials lands in a region covering `fraction` of the space. */
export function hitProbability(trials: number, fraction: number): number {
  if (!(trials >= 0)) throw new RangeError(`trials must be a non-negative number, got ${trials}`);
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`fraction must lie in [0, 1], got ${fraction}`);
  if (fraction === 1) return trials > 0 ? 1 : 0;
  // log1p/expm1 keep precision when q is small, which is exactly the case of interest.
  return -Math.expm1(trials * Math.log1p(-fraction));
}

/** The fewest random trials that reach `probability` of landing in the best `fraction`. */
export function trialsForHit(fraction: number, probability: number): number {
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`fraction must lie strictly between 0 and 1, got ${fraction}`);
  if (!(probability > 0 && probability < 1)) {
    throw new RangeError(`probability must lie strictly between 0 and 1, got ${probability}`);
  }
  const closedForm = Math.max(1, Math.ceil(Math.log1p(-probability) / Math.log1p(-fraction)));
  // Beyond 2^53 consecutive whole numbers are no longer distinct doubles (n − 1 === n), so the
  // one-step refinement below could never move; at that size the closed form is all there is.
  if (!(closedForm <= Number.MAX_SAFE_INTEGER)) return closedForm;
  // The closed form can land one off either way through rounding, so settle it against the
  // definition. A few steps always suffice; the cap only guarantees the loop ends.
  let n = closedForm;
  for (let step = 0; step < 64 && n > 1 && hitProbability(n - 1, fraction) >= probability; step += 1) n -= 1;
  for (let step = 0; step < 64 && hitProbability(n, fraction) < probability; step += 1) n += 1;
  return n;
}
