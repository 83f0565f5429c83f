/**
 * The standard normal distribution, written out here so the teaching islands
 * need no statistics library. Absolute error is below 1e-15 for the CDF (relative
 * error in the lower tail below about 2e-9), and the quantile is good to 1e-11 for
 * p in [1e-5, 1 − 1e-5] (within 1e-8 up to p = 1 − 1e-15), well inside the 1e-7
 * the islands need.
 */

/** ln √(2π), kept as a constant so the density is one exp() call. */
const LOG_SQRT_2PI = 0.9189385332046727;

/**
 * Beyond this |x| the series below would lose relative accuracy in the lower
 * tail, where Φ is tiny but still matters for precision–recall ratios.
 */
const TAIL = 5;

/** Terms of the continued fraction; at |x| ≥ 5 it has settled long before this. */
const CONTINUED_FRACTION_TERMS = 120;

export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x - LOG_SQRT_2PI);
}

/** Φ(x), the probability that a standard normal variable is at most x. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= -TAIL) return upperTail(-x);
  if (x >= TAIL) return 1 - upperTail(x);
  // Marsaglia's series: every term has the sign of x, so the sum itself loses
  // nothing. The final 0.5 + … does cancel for x < 0, which costs some relative
  // accuracy in the lower tail (about 1.6e-9 near x = −5, where the tail formula takes over).
  const q = x * x;
  let sum = x;
  let term = x;
  for (let i = 3; ; i += 2) {
    term *= q / i;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return 0.5 + sum * Math.exp(-0.5 * q - LOG_SQRT_2PI);
}

/**
 * 1 − Φ(x) for large x, from Laplace's continued fraction for Mills' ratio.
 * Computing it directly keeps its relative accuracy where 1 − Φ(x) would
 * round to zero.
 */
function upperTail(x: number): number {
  let denominator = x;
  for (let k = CONTINUED_FRACTION_TERMS; k >= 1; k -= 1) denominator = x + k / denominator;
  return normalPdf(x) / denominator;
}

// Acklam's rational approximations, good to about 1.15e-9 relative error before refinement.
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239,
] as const;
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783,
] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

/**
 * Φ⁻¹(p): Acklam's algorithm, then one Halley step against normalCdf, which
 * brings it to the accuracy of the CDF itself. Returns ±Infinity at 0 and 1,
 * and NaN outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;

  let x: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = tailApproximation(q);
  } else if (p > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log1p(-p));
    x = -tailApproximation(q);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
      (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }

  // One Halley step; skipped only where exp(x²/2) overflows, in which case
  // Acklam's tail formula is already as good as the CDF can confirm.
  const error = normalCdf(x) - p;
  const u = error * Math.exp(0.5 * x * x + LOG_SQRT_2PI);
  if (Number.isFinite(u)) x -= u / (1 + 0.5 * x * u);
  return x;
}

function tailApproximation(q: number): number {
  return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
}
