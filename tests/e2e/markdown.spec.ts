import { test, expect } from './fixtures';
import type { APIRequestContext } from '@playwright/test';
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { textOf } from '../../src/lib/publishing/feed-html';
import { parse as parseYaml } from 'yaml';

const SITE = 'https://conundra.github.io';

/** The Markdown copies /llms.txt lists, as site paths: every published issue and term. */
async function listedCopies(request: APIRequestContext): Promise<{ issues: string[]; terms: string[] }> {
  const text = await (await request.get('/llms.txt')).text();
  const paths = [...text.matchAll(/\]\((https:\/\/[^)\s]+\/index\.md)\)/g)].map((m) => new URL(m[1]!).pathname);
  return { issues: paths.filter((p) => p.startsWith('/issues/')), terms: paths.filter((p) => p.startsWith('/glossary/')) };
}

function parseMarkdown(markdown: string): { front: Record<string, unknown>; tex: string[]; tree: Root } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const front = (match ? parseYaml(match[1]!) : {}) as Record<string, unknown>;
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMath)
    .parse(markdown.slice(match?.[0].length ?? 0)) as Root;
  const tex: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') tex.push(node.value);
  });
  return { front, tex, tree };
}

const squash = (tex: string) => tex.replace(/\s+/g, ' ').trim();

/** A built page's Markdown alternate link and the TeX of its formulas, read from its HTML without a browser. */
function readPage(html: string): { markdownLink: string | undefined; tex: string[] } {
  const tree = unified().use(rehypeParse).parse(html) as HastRoot;
  let markdownLink: string | undefined;
  const tex: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const { rel, type, href, encoding } = node.properties;
    if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('alternate') && type === 'text/markdown') markdownLink = String(href);
    if (node.tagName === 'annotation' && encoding === 'application/x-tex') tex.push(textOf(node));
  });
  return { markdownLink, tex };
}

test('/llms.txt follows the proposal: a title, a summary, then sections of links to the Markdown copies', async ({ request }) => {
  const response = await request.get('/llms.txt');
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text).toMatch(/^# Conundra\n\n> \S/);
  expect(text).toMatch(/\n## .*issues\n/);
  expect(text).toContain('\n## Glossary\n');
  expect(text).toContain(`- [#1 Parameters and hyperparameters](${SITE}/issues/parameters-and-hyperparameters/index.md): `);
  expect(text).toContain(`- [Hyperparameter](${SITE}/glossary/hyperparameter/index.md): `);
  const { issues, terms } = await listedCopies(request);
  expect(issues.length).toBeGreaterThanOrEqual(7);
  expect(terms.length).toBeGreaterThanOrEqual(81);
});

test('llms.txt lists exactly the issues and terms the site publishes', async ({ page, request }) => {
  const { issues, terms } = await listedCopies(request);
  await page.goto('/issues/');
  const archive = await page.locator('main a[href^="/issues/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(issues.map((p) => p.replace(/index\.md$/, '')))).toEqual(new Set(archive.filter((h) => h !== '/issues/')));
  await page.goto('/glossary/');
  const glossary = await page.locator('main a[href^="/glossary/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(terms.map((p) => p.replace(/index\.md$/, '')))).toEqual(new Set(glossary.filter((h) => h !== '/glossary/')));
});

test('every Markdown copy parses, has frontmatter, absolute links and the same TeX as its page', async ({ request }) => {
  const { issues, terms } = await listedCopies(request);
  for (const path of [...issues, ...terms]) {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    expect(response.headers()['content-type'], path).toContain('text/markdown');
    const markdown = await response.text();
    const { front, tex, tree } = parseMarkdown(markdown);
    const pagePath = path.replace(/index\.md$/, '');
    expect(front['url'], path).toBe(`${SITE}${pagePath}`);
    expect(String(front['title'] ?? ''), path).not.toBe('');
    expect(String(front['date']), path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(markdown, path).not.toMatch(/<Term|<KeyPoints|\]\(term:|^import /m);
    visit(tree, 'link', (link) => expect(link.url, `${path}: ${link.url}`).toMatch(/^(https?:|mailto:)/));

    const html = readPage(await (await request.get(pagePath)).text());
    expect(html.markdownLink, pagePath).toBe(path);
    expect(tex.map(squash).sort(), `TeX of ${path}`).toEqual(html.tex.map(squash).sort());
  }
});

test('an issue’s copy has its figures as captions with links, its key points and its quiz', async ({ request }) => {
  const markdown = await (await request.get('/issues/parameters-and-hyperparameters/index.md')).text();
  expect(markdown).toMatch(
    /\*Interactive figure\.\* The curse of dimensionality[^\n]*\[Open the figure on the page\.\]\(https:\/\/conundra\.github\.io\/issues\/parameters-and-hyperparameters\/#de-caption\)/,
  );
  expect(markdown).toMatch(/## Key points\n\n- Parameters/);
  expect(markdown).toContain('## Check your understanding');
  expect(markdown).toMatch(/- \*\*The penalty strength, even though cross-validation on the data was used to pick it\.\*\* Correct\./);
});

test('“Copy as Markdown” copies the issue from the keyboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/issues/parameters-and-hyperparameters/');
  // Its name changes to "Copied", so it is found once by role and then held on to.
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeVisible();
  const button = page.locator('button[data-copy-markdown]');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveText('Copied');
  await expect(page.locator('.copy-markdown [role="status"]')).toHaveText('The issue is on your clipboard as Markdown.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^---\ntitle: Parameters and hyperparameters\n/);
  await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute(
    'href',
    '/issues/parameters-and-hyperparameters/index.md',
  );
});
