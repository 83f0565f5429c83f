/**
 * One-dimensional Gaussian-process regression, small enough to run on every
 * slider movement. The figures use a few dozen points at most, so plain
 * arrays and an O(n³) Cholesky factorisation are ample.
 */

export type Kernel = 'rbf' | 'matern52';

export interface GpOptions {
  kernel: Kernel;
  lengthScale: number;
  /** σ_f: how far the function typically strays from the prior mean. */
  signalSd: number;
  /** σ_n: the standard deviation of noise on each observation. */
  noiseSd: number;
}

export interface Posterior {
  mean: number[];
  variance: number[];
}

const SQRT5 = Math.sqrt(5);

/** Prior covariance between the function's values at a and b. */
export function kernelValue(a: number, b: number, options: GpOptions): number {
  const { kernel, lengthScale, signalSd } = options;
  const r = Math.abs(a - b);
  const s2 = signalSd * signalSd;
  if (kernel === 'rbf') return s2 * Math.exp(-(r * r) / (2 * lengthScale * lengthScale));
  const u = (SQRT5 * r) / lengthScale;
  return s2 * (1 + u + (u * u) / 3) * Math.exp(-u);
}

function tryCholesky(matrix: readonly (readonly number[])[], jitter: number): number[][] | undefined {
  const n = matrix.length;
  const lower: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    const rowI = lower[i] as number[];
    const source = matrix[i] as readonly number[];
    for (let j = 0; j <= i; j += 1) {
      const rowJ = lower[j] as number[];
      let sum = (source[j] as number) + (i === j ? jitter : 0);
      for (let k = 0; k < j; k += 1) sum -= (rowI[k] as number) * (rowJ[k] as number);
      if (i === j) {
        if (!(sum > 0)) return undefined;
        rowI[i] = Math.sqrt(sum);
      } else {
        rowI[j] = sum / (rowJ[j] as number);
      }
    }
  }
  return lower;
}

/**
 * Lower-triangular L with L·Lᵀ = matrix. Noise-free observations at nearly
 * the same place make the kernel matrix numerically singular, so a little
 * jitter is added to the diagonal, growing only as far as it must.
 */
export function cholesky(matrix: number[][]): number[][] {
  const n = matrix.length;
  if (matrix.some((row) => row.length !== n)) throw new RangeError('cholesky needs a square matrix');
  const plain = tryCholesky(matrix, 0);
  if (plain) return plain;
  let diagonal = 0;
  for (let i = 0; i < n; i += 1) diagonal += matrix[i]?.[i] ?? 0;
  const scale = n > 0 && diagonal > 0 ? diagonal / n : 1;
  for (let exponent = -10; exponent <= -4; exponent += 1) {
    const factor = tryCholesky(matrix, scale * 10 ** exponent);
    if (factor) return factor;
  }
  throw new Error('cholesky: matrix is not positive definite, even with jitter');
}

/** Solves L·x = b for lower-triangular L. */
function forwardSubstitute(lower: readonly (readonly number[])[], b: readonly number[]): number[] {
  const x = new Array<number>(b.length).fill(0);
  for (let i = 0; i < b.length; i += 1) {
    const row = lower[i] as readonly number[];
    let sum = b[i] as number;
    for (let k = 0; k < i; k += 1) sum -= (row[k] as number) * (x[k] as number);
    x[i] = sum / (row[i] as number);
  }
  return x;
}

/** Solves Lᵀ·x = b for lower-triangular L. */
function backSubstitute(lower: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = b[i] as number;
    for (let k = i + 1; k < n; k += 1) sum -= (lower[k]?.[i] as number) * (x[k] as number);
    x[i] = sum / (lower[i]?.[i] as number);
  }
  return x;
}

/** The GP's belief about the function at each point of `at`, after seeing ys at xs. */
export function posterior(
  xs: readonly number[],
  ys: readonly number[],
  at: readonly number[],
  options: GpOptions,
  priorMean = 0,
): Posterior {
  if (xs.length !== ys.length) throw new RangeError('posterior needs one y for every x');
  const priorVariance = kernelValue(0, 0, options);
  if (xs.length === 0) {
    return { mean: at.map(() => priorMean), variance: at.map(() => priorVariance) };
  }
  const noise = options.noiseSd * options.noiseSd;
  const covariance = xs.map((a, i) => xs.map((b, j) => kernelValue(a, b, options) + (i === j ? noise : 0)));
  const lower = cholesky(covariance);
  const alpha = backSubstitute(
    lower,
    forwardSubstitute(
      lower,
      ys.map((y) => y - priorMean),
    ),
  );

  const mean: number[] = [];
  const variance: number[] = [];
  for (const x of at) {
    const cross = xs.map((xi) => kernelValue(xi, x, options));
    let m = priorMean;
    for (let i = 0; i < cross.length; i += 1) m += (cross[i] as number) * (alpha[i] as number);
    const v = forwardSubstitute(lower, cross);
    let explained = 0;
    for (const vi of v) explained += vi * vi;
    mean.push(m);
    // Rounding can push the difference a hair below zero at an observed point.
    variance.push(Math.max(0, priorVariance - explained));
  }
  return { mean, variance };
}
