import { closest, distance } from 'fastest-levenshtein';

/**
 * The nearest known name to a misspelt one, or undefined when nothing is close
 * enough to be a plausible typo (more than a third of the letters differ).
 */
export function closestMatch(wanted: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(wanted, [...known]);
  return distance(wanted, best) <= Math.max(2, Math.ceil(wanted.length / 3)) ? best : undefined;
}

/** "did you mean 'x'?" or a hint that lists where the valid names live. */
export function didYouMean(wanted: string, known: readonly string[]): string {
  const best = closestMatch(wanted, known);
  return best === undefined ? 'no existing slug is close' : `did you mean '${best}'?`;
}
