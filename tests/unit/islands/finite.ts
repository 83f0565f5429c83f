/**
 * Walks everything a view offers a reader (numbers, strings, nested objects and
 * arrays, and `svg` render functions called with an id) and lists every place where
 * a number is not finite or a string shows NaN, Infinity or "undefined".
 */
export function nonFinite(value: unknown, path = 'view', seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === 'string') return /NaN|Infinity|undefined/.test(value) ? [`${path}: ${value.slice(0, 160)}`] : [];
  if (typeof value === 'function')
    return path.endsWith('.svg') ? nonFinite((value as (id: string) => unknown)('t'), `${path}()`, seen) : [];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, v]) => nonFinite(v, `${path}.${key}`, seen));
}

/** Numbers a careless or hostile reader could give a control: the ends, beyond them, and not numbers at all. */
export const GARBAGE = [0, -0, -1, -1e9, 1e-12, 1e-300, 5e-324, 1e12, 1e308, Number.MAX_VALUE, Number.NaN, Infinity, -Infinity] as const;

export function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}
