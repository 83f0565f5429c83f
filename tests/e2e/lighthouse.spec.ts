import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import type { Result } from 'lighthouse';
import { runLighthouse, type Category } from '../../scripts/lighthouse';
import { publishedTermFiles } from './content';
import { expectNoForeignRequests } from './fixtures';

/**
 * Lighthouse's accessibility, best-practices and SEO scores must be 100 on five
 * pages of different kinds. Performance is left to `npm run bench`: it depends on how
 * busy the machine is, and a gate that flickers gets ignored.
 */
const GATED: Category[] = ['accessibility', 'best-practices', 'seo'];

const issueDir = path.resolve(import.meta.dirname, '../../content/issues');
const islandIssue = readdirSync(issueDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .find((f) => readFileSync(path.join(issueDir, f), 'utf8').includes("from '@islands/"));
const firstTerm = publishedTermFiles().sort((a, b) => a.slug.localeCompare(b.slug))[0];

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'issue with islands', path: `/issues/${islandIssue?.replace(/\.mdx$/, '').replace(/^\d+[-_]/, '')}/` },
  { name: 'glossary', path: '/glossary/' },
  { name: 'term', path: `/glossary/${firstTerm?.slug}/` },
  { name: 'search', path: '/search/' },
];

/** The audits that cost a category its points, in words a developer can act on. */
function failingAudits(lhr: Result, category: Category): string[] {
  return (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || ref.weight === 0) return [];
    // An audit that could not run leaves its category without a score.
    if (audit.scoreDisplayMode === 'error') return [`${audit.id}: ${audit.title} (could not run: ${audit.errorMessage})`];
    return audit.score !== null && audit.score < 1 ? [`${audit.id}: ${audit.title} (score ${audit.score})`] : [];
  });
}

// One Lighthouse run at a time (they are heavy and would slow each other past the timeout),
// but unlike 'serial' a failing page does not skip the pages after it.
test.describe.configure({ mode: 'default' });

test('the sample pages exist in the content', () => {
  expect(islandIssue, 'an issue in content/issues that imports an island').toBeDefined();
  expect(firstTerm, 'a published term in content/glossary').toBeDefined();
});

for (const { name, path: pagePath } of PAGES) {
  test(`Lighthouse: ${name} (${pagePath}) scores 100 for accessibility, best practices and SEO`, async ({ baseURL }) => {
    test.setTimeout(90_000);
    const { lhr, requestedUrls } = await runLighthouse(new URL(pagePath, baseURL).href, GATED);
    expectNoForeignRequests(requestedUrls, baseURL, expect.soft);
    for (const category of GATED) {
      const score = lhr.categories[category]?.score ?? null;
      const shown = score === null ? 'missing' : Math.round(score * 100);
      expect.soft(score, `${category} on ${pagePath} is ${shown}; failing audits:\n${failingAudits(lhr, category).join('\n')}`).toBe(1);
    }
  });
}
