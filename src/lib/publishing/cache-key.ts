import { createHash } from 'node:crypto';

/**
 * A fingerprint of everything a page shows, for the `cacheKey` that Astro's
 * incremental build compares to decide whether a page can be copied from the
 * last build instead of rendered again. Astro hashes the page's code itself;
 * the key must cover the data, including data from other entries (a neighbour's
 * title, a linked term's definition), or an edit there would leave this page stale.
 */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
