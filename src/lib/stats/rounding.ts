/**
 * Rounding whole people for display without losing any. Rounding each cell of
 * a table on its own can make the cells sum to one more (or less) than the
 * total the table claims; readers taught natural frequencies check exactly
 * these sums.
 */

/**
 * Largest-remainder (Hamilton) rounding: whole numbers that sum to `total`
 * (by default the rounded sum of `values`). With the default total each result
 * is within 1 of its value: the floors are taken first, and the units still
 * missing go to the largest fractional parts, earlier entries winning ties.
 * Non-finite or negative values count as 0.
 */
export function largestRemainder(values: readonly number[], total?: number): number[] {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const requested = total ?? clean.reduce((sum, v) => sum + v, 0);
  const target = Number.isFinite(requested) ? Math.max(0, Math.round(requested)) : 0;
  const result = clean.map(Math.floor);
  if (result.length === 0) return result;
  const order = clean.map((v, i) => ({ i, remainder: v - Math.floor(v) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let missing = target - result.reduce((sum, v) => sum + v, 0);
  // Hand out the missing units in order of remainder, round and round if the total asks for more.
  for (let k = 0; missing > 0; k += 1, missing -= 1) result[order[k % order.length]!.i]! += 1;
  // A total below the floors' sum takes units back from the smallest remainders first.
  const reverse = [...order].reverse();
  for (let k = 0; missing < 0 && k < reverse.length * (1 + -missing); k += 1) {
    const i = reverse[k % reverse.length]!.i;
    if (result[i]! > 0) {
      result[i]! -= 1;
      missing += 1;
    }
  }
  return result;
}
