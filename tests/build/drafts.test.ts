import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildFixture, removeFixture, type BuildResult } from './build-fixture';

/**
 * Drafts and future-dated items must leave no trace in a production build:
 * no page, and nothing in feeds, the sitemap, the search index, tag pages,
 * "Appears in" or previous/next links.
 */
let result: BuildResult | undefined;
afterAll(async () => result && removeFixture(result));

function everyFile(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.(html|xml|json|txt)$/.test(f.name))
    .map((f) => {
      const file = path.join(f.parentPath, f.name);
      return { file: path.relative(dir, file), text: readFileSync(file, 'utf8') };
    });
}

it('publishes nothing from drafts or scheduled items', { timeout: 240_000 }, async () => {
  result = await buildFixture('drafts');
  expect(result.ok).toBe(true);
  const files = everyFile(result.outDir);
  expect(files.some((f) => f.file === 'issues/fixture/index.html')).toBe(true);
  const leaks = files.filter(({ text }) => /zebra|Zebra/.test(text)).map((f) => f.file);
  expect(leaks).toEqual([]);
  const paths = files.map((f) => f.file);
  expect(paths.filter((p) => /draft|scheduled/.test(p))).toEqual([]);
  // The search index counts pages; drafts would add to it.
  const entry = JSON.parse(readFileSync(path.join(result.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
  const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
  expect(indexed).toBe(4); // the fixture issue, two terms and the about page
});
