/**
 * The curse of dimensionality for grid search: k values for each of d
 * hyperparameters costs k^d trials, whereas the random-search guarantee does
 * not depend on d at all.
 */
import { trialsForHit } from './hit-probability';

/** Random trials that give a 95% chance of at least one landing in the best 5% of settings. */
export const RANDOM_TRIALS_FOR_TOP_5 = trialsForHit(0.05, 0.95);

export function gridTrials(valuesPerHyperparameter: number, hyperparameters: number): number {
  if (!(valuesPerHyperparameter >= 0 && hyperparameters >= 0)) {
    throw new RangeError('grid sizes must be non-negative');
  }
  return valuesPerHyperparameter ** hyperparameters;
}

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** One decimal place while a number is small enough for it to matter, none after. */
function formatAmount(value: number): string {
  return (roundForDisplay(value) < 100 ? oneDecimal : grouped).format(value);
}

function roundForDisplay(value: number): number {
  return Math.abs(value) < 99.95 ? Math.round(value * 10) / 10 : Math.round(value);
}

const SCALES = [
  { size: 1e6, word: 'million' },
  { size: 1e9, word: 'billion' },
  { size: 1e12, word: 'trillion' },
  { size: 1e15, word: 'quadrillion' },
  { size: 1e18, word: 'quintillion' },
] as const;

/** "1.2 billion": a long row of digits stops being readable, so large numbers are spelt out from `from` up. */
function inWords(n: number, from: number): string | undefined {
  if (!(n >= from)) return undefined;
  const index = SCALES.findLastIndex(({ size }) => size <= n);
  const scale = SCALES[index];
  if (!scale) return undefined;
  const next = SCALES[index + 1];
  // 999.96 billion would display as "1,000 billion"; it belongs to the next word up.
  if (next && roundForDisplay(n / scale.size) >= 1000) return `${formatAmount(n / next.size)} ${next.word}`;
  return `${formatAmount(n / scale.size)} ${scale.word}`;
}

/** "15,625"; "1.2 billion"; "10 billion". */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? 'infinitely many' : String(n);
  const whole = Math.round(n);
  return inWords(whole, 1e9) ?? grouped.format(whole);
}

const MINUTES_PER_YEAR = 365.25 * 24 * 60;
const DURATION_UNITS = [
  { size: 1, singular: 'minute', plural: 'minutes' },
  { size: 60, singular: 'hour', plural: 'hours' },
  { size: 24 * 60, singular: 'day', plural: 'days' },
  { size: MINUTES_PER_YEAR, singular: 'year', plural: 'years' },
] as const;

/** "45 minutes", "5.2 hours", "21.7 days", "1,234 years", "3.2 billion years". */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes)) return minutes > 0 ? 'for ever' : String(minutes);
  for (const [index, unit] of DURATION_UNITS.entries()) {
    const value = minutes / unit.size;
    const shown = roundForDisplay(value);
    const larger = DURATION_UNITS[index + 1];
    // Move up a unit as soon as the rounded figure reaches it: "1 hour", never "60 minutes".
    if (larger && shown * unit.size >= larger.size) continue;
    if (unit.singular === 'year' && value >= 1e6) return `${inWords(value, 1e6) ?? formatAmount(value)} years`;
    return `${formatAmount(value)} ${shown === 1 ? unit.singular : unit.plural}`;
  }
  return `${formatAmount(minutes)} minutes`;
}

/** Where n sits between 1 and max on a log scale, for bar lengths spanning many orders of magnitude. */
export function logFraction(n: number, max: number): number {
  if (!(n > 1)) return 0;
  if (!(max > 1)) return 1;
  return Math.min(1, Math.max(0, Math.log10(n) / Math.log10(max)));
}
