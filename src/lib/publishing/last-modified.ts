import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { issueSlug } from '../content/issues';

/**
 * The sitemap's lastmod for each content page, read from the content's own
 * dates (updated, else published). @astrojs/sitemap runs outside Astro's
 * content layer, so this reads the frontmatter directly.
 */
function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  try {
    return match ? ((parse(match[1] ?? '') as Record<string, unknown>) ?? {}) : {};
  } catch {
    return {}; // the content layer reports malformed frontmatter with a better message
  }
}

function asDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
  return undefined;
}

function files(dir: string, extension: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(extension));
  } catch {
    return [];
  }
}

/** Maps site paths such as /issues/slug/ to the date their content last changed. */
export function lastModifiedByPath(contentDir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const file of files(path.join(contentDir, 'issues'), '.mdx')) {
    const data = frontmatter(path.join(contentDir, 'issues', file));
    const date = asDate(data['updated']) ?? asDate(data['published']);
    if (date) dates.set(`/issues/${issueSlug(file.replace(/\.mdx$/, ''))}/`, date);
  }
  for (const file of files(path.join(contentDir, 'glossary'), '.md')) {
    const data = frontmatter(path.join(contentDir, 'glossary', file));
    const date = asDate(data['updated']) ?? asDate(data['published']);
    if (date) dates.set(`/glossary/${file.replace(/\.md$/, '')}/`, date);
  }
  return dates;
}

/** Pages without a date of their own (home, lists) changed when the newest content did. */
export function newest(dates: Iterable<Date>): Date | undefined {
  let best: Date | undefined;
  for (const d of dates) if (!best || d > best) best = d;
  return best;
}
