import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';

const SITE = 'https://conundra.github.io';
const ISSUE_ONE = '/issues/parameters-and-hyperparameters/';
const scratch = mkdtempSync(path.join(tmpdir(), 'conundra-feeds-'));

/** Debian's feedparser, the parser the issue names, run on what the preview server serves. */
function feedparser(xml: string): { bozo: number; version: string; entries: Record<string, unknown>[] } {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const script = `
import feedparser, json, sys
d = feedparser.parse(open(sys.argv[1], encoding='utf-8').read())
print(json.dumps({'bozo': int(d.bozo), 'version': d.version, 'entries': [
  {'title': e.get('title'), 'link': e.get('link'), 'author': e.get('author'), 'tags': [t['term'] for t in e.get('tags', [])],
   'published': e.get('published'), 'content': (e.get('content') or [{}])[0].get('value', '')} for e in d.entries]}))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

for (const feed of ['/rss.xml', '/series/conundra/rss.xml']) {
  test(`${feed} parses cleanly in feedparser, with full content, authors, tags and dates`, async ({ request }) => {
    const response = await request.get(feed);
    expect(response.headers()['content-type']).toContain('xml');
    const parsed = feedparser(await response.text());
    expect(parsed.bozo).toBe(0);
    expect(parsed.version).toBe('rss20');
    expect(parsed.entries.length).toBeGreaterThanOrEqual(7);
    for (const entry of parsed.entries) {
      expect(entry['author']).toBe('Conundra editors');
      expect((entry['tags'] as string[]).length).toBeGreaterThan(0);
      expect(entry['published']).toBeTruthy();
      const content = String(entry['content']);
      expect(content.length).toBeGreaterThan(2000);
      expect(content).not.toContain('katex-html');
      expect(content).not.toMatch(/(href|src)="\/(?!\/)/);
    }
    const one = parsed.entries.find((e) => String(e['link']).endsWith(ISSUE_ONE));
    expect(String(one?.['content'])).toContain('<math');
    expect(String(one?.['content'])).toContain(`href="${SITE}/glossary/hyperparameter/"`);
  });
}

test('the JSON Feed follows version 1.1', async ({ request }) => {
  const response = await request.get('/feed.json');
  expect(response.headers()['content-type']).toMatch(/application\/(feed\+)?json/);
  const feed = await response.json();
  expect(feed).toMatchObject({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Conundra',
    home_page_url: `${SITE}/`,
    feed_url: `${SITE}/feed.json`,
  });
  expect(feed.items.length).toBeGreaterThanOrEqual(7);
  for (const item of feed.items) {
    expect(item.id).toBe(item.url);
    expect(item.content_html).toContain('<p>');
    expect(item.content_html).not.toContain('katex-html');
    expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    expect(item.authors).toEqual([{ name: 'Conundra editors' }]);
    expect(item.tags.length).toBeGreaterThan(0);
  }
});

test('every page advertises the feeds', async ({ page }) => {
  for (const p of ['/', ISSUE_ONE, '/glossary/lasso/', '/about/']) {
    await page.goto(p);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
    await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', '/feed.json');
  }
});

test('the sitemap validates against the protocol XSD, lists every published page with lastmod, and robots.txt names it', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    const file = path.join(scratch, 'sitemap.xml');
    writeFileSync(file, xml);
    execFileSync('xmllint', ['--noout', '--schema', path.resolve('node_modules/sitemap/schema/sitemap.xsd'), file], { stdio: 'pipe' });
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(<lastmod>[^<]+<\/lastmod>)?/g)];
    for (const entry of entries) expect(entry[2], `lastmod for ${entry[1]}`).toBeTruthy();
    urls.push(...entries.map((m) => m[1] ?? ''));
  }
  expect(urls).toContain(`${SITE}${ISSUE_ONE}`);
  expect(urls).toContain(`${SITE}/glossary/k-nearest-neighbours/`);
  expect(urls.every((u) => u.endsWith('/'))).toBe(true);
  expect(urls.some((u) => u.includes('404'))).toBe(false);
  for (const url of urls.slice(0, 40)) expect((await request.get(new URL(url).pathname)).status(), url).toBe(200);
});

test('an issue page carries canonical, Open Graph, Twitter and Article structured data', async ({ page, request }) => {
  await page.goto(ISSUE_ONE);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${ISSUE_ONE}`);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Parameters and hyperparameters | Conundra');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${SITE}/og/issues/parameters-and-hyperparameters.png`);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const png = await request.get(new URL(image ?? '').pathname);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  const nodes = ld['@graph'] as Record<string, unknown>[];
  const articleNode = nodes.find((n) => n['@type'] === 'Article');
  expect(articleNode).toMatchObject({
    headline: 'Parameters and hyperparameters',
    image,
    author: [{ '@type': 'Organization', name: 'Conundra editors' }],
    position: 1,
    isPartOf: { '@type': 'CreativeWorkSeries', name: 'Conundra', url: `${SITE}/series/conundra/` },
  });
  expect(Date.parse(String(articleNode?.['datePublished']))).toBe(Date.parse('2026-10-12'));
  expect((articleNode?.['citation'] as unknown[]).length).toBeGreaterThanOrEqual(3);
  expect(nodes.some((n) => n['@type'] === 'BreadcrumbList')).toBe(true);
});

test('every glossary term has its own social card', async ({ page, request }) => {
  await page.goto('/glossary/lasso/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${SITE}/og/glossary/lasso.png`);
  expect((await request.get('/og/glossary/lasso.png')).status()).toBe(200);
});

test('the series page lists every issue in series order, and tags have pages', async ({ page }) => {
  await page.goto('/series/conundra/');
  const labels = await page.locator('.issue-card .eyebrow').allTextContents();
  expect(labels.slice(0, 3)).toEqual(['Conundra #1', 'Conundra #2', 'Conundra #3']);
  await page.goto(ISSUE_ONE);
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'model fitting' }).click();
  await expect(page).toHaveURL('/tags/model-fitting/');
  await expect(page.getByRole('link', { name: 'Parameters and hyperparameters' })).toBeVisible();
});

test('an issue offers how-to-cite, share links without third-party code, and an edit link', async ({ page }) => {
  await page.goto(ISSUE_ONE);
  const cite = page.getByRole('region', { name: 'How to cite' });
  await expect(cite).toContainText('Conundra editors. (2026, October 12). Parameters and hyperparameters. Conundra, 1.');
  await cite.getByText('BibTeX').click();
  await expect(cite.locator('pre')).toContainText('@article{conundra2026parameters,');
  const share = page.getByRole('navigation', { name: 'Share this issue' });
  for (const name of ['Email', 'LinkedIn', 'Bluesky', 'X'])
    await expect(share.getByRole('link', { name })).toHaveAttribute('rel', 'noopener');
  await expect(share.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    // The content folder as the build was given it (TEST_GLOSSARY_TERMS builds a copy under .cache/).
    `https://github.com/conundra/conundra/edit/main/${process.env['CONTENT_DIR'] ?? 'content'}/issues/0001-parameters-and-hyperparameters.mdx`,
  );
});

test('the print stylesheet prints the article and its link addresses, without site chrome', async ({ page }) => {
  await page.goto(ISSUE_ONE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('region', { name: 'References' })).toBeVisible();
  const after = await page
    .locator('.prose a.term-link')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/glossary/');
});

test('the editor guide is published at /editors/', async ({ page }) => {
  await page.goto('/editors/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Editor guide');
});
