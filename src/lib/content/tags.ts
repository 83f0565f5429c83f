import { closestMatch } from '../util/suggest';
import { slugify } from '../util/slug';

/** "model fitting" → "model-fitting", the tag's page at /tags/model-fitting/. */
export const tagSlug = slugify;

export interface Tagged {
  filePath?: string | undefined;
  id: string;
  data: { tags: readonly string[] };
}

/**
 * A tag used only once and spelt almost like another is probably a typo
 * ("calibraton"); the build warns rather than fails, because new tags are legitimate.
 */
export function suspiciousTagWarnings(items: readonly Tagged[]): string[] {
  const uses = new Map<string, number>();
  for (const item of items) for (const tag of item.data.tags) uses.set(tag, (uses.get(tag) ?? 0) + 1);
  const warnings: string[] = [];
  for (const item of items) {
    for (const tag of item.data.tags) {
      if (uses.get(tag) !== 1) continue;
      const others = [...uses.keys()].filter((t) => t !== tag);
      const near = closestMatch(tag, others);
      if (near && near !== tag) warnings.push(`${item.filePath ?? item.id}: tag '${tag}' is close to the existing tag '${near}' (did you mean '${near}'?)`);
    }
  }
  return warnings;
}
