/**
 * A tiny seeded random number generator for the figures. Seeds live in the
 * URL hash so that a reader can share exactly the picture they are looking at;
 * Math.random cannot be replayed, so it is never used for anything drawn.
 */

/** Used whenever a seed is missing or unreadable, so a bare link always shows the same figure. */
export const DEFAULT_SEED = 20120213;

const TWO_TO_32 = 4294967296;

/**
 * Mulberry32 (Tommy Ettinger): one 32-bit state, fast, and statistically good
 * enough for scattering points on a chart. Not for anything cryptographic.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / TWO_TO_32;
  };
}

/**
 * Reads a seed as it arrives from a URL hash or a form field. Only whole
 * numbers that fit in 32 unsigned bits are accepted; silently wrapping or
 * rounding anything else would make two different links show the same figure.
 */
export function normaliseSeed(raw: string | number | null | undefined): number {
  if (typeof raw === 'number') return isUint32(raw) ? raw : DEFAULT_SEED;
  if (typeof raw !== 'string') return DEFAULT_SEED;
  const text = raw.trim();
  if (!/^\d{1,10}$/.test(text)) return DEFAULT_SEED;
  const value = Number(text);
  return isUint32(value) ? value : DEFAULT_SEED;
}

function isUint32(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < TWO_TO_32;
}

/** A fresh seed drawn from an existing generator, for a "new sample" button that stays reproducible. */
export function nextSeed(rng: () => number): number {
  return Math.floor(rng() * TWO_TO_32) >>> 0;
}
