import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Request } from 'playwright';
import { runLighthouse } from '../lighthouse.ts';
import type { Row } from './report.ts';

interface PageType {
  name: string;
  path: string;
  hasIslands: boolean;
}

interface Transfer {
  kind: 'html' | 'css' | 'js' | 'other';
  /** Body bytes on the wire: `astro preview` gzips all but the smallest files, as the hosts we deploy to do. */
  sent: number;
  /** The same body decompressed: what the browser parses. */
  decoded: number;
}

const KIND: Record<string, Transfer['kind']> = { document: 'html', stylesheet: 'css', script: 'js' };

/** Islands are server-rendered as `<figure class="island …">`; the quiz is one too. */
function islandCount(html: string): number {
  return html.match(/class="island [\w-]+"/g)?.length ?? 0;
}

/** The built pages under one folder of dist/, as site paths, in name order. */
function pagesUnder(dist: string, folder: string): string[] {
  const pages = readdirSync(path.join(dist, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/${folder}/${entry.name}/`)
    .sort();
  if (pages.length === 0) throw new Error(`dist/${folder}/ has no pages: build the site first`);
  return pages;
}

/** One page of each kind the site builds, found in the build rather than named here, so new content does not break the bench. */
function pageTypes(dist: string): PageType[] {
  const islands = (pagePath: string) => islandCount(readFileSync(path.join(dist, pagePath, 'index.html'), 'utf8'));
  // The issue with the most islands is the heaviest page a reader can land on.
  const issue = pagesUnder(dist, 'issues').reduce((most, page) => (islands(page) > islands(most) ? page : most));
  // `hasIslands` only words the note: on those pages more JavaScript loads on scroll. The search
  // page's own search box is the site-search island, so there it loads at once.
  return [
    { name: 'home', path: '/', hasIslands: false },
    { name: 'issue', path: issue, hasIslands: true },
    { name: 'issue archive', path: '/issues/', hasIslands: false },
    { name: 'glossary', path: '/glossary/', hasIslands: false },
    { name: 'term', path: pagesUnder(dist, 'glossary')[0]!, hasIslands: false },
    { name: 'search', path: '/search/', hasIslands: true },
    { name: 'tags', path: '/tags/', hasIslands: false },
    { name: 'tag', path: pagesUnder(dist, 'tags')[0]!, hasIslands: false },
    { name: 'series', path: pagesUnder(dist, 'series')[0]!, hasIslands: false },
    { name: 'about', path: '/about/', hasIslands: false },
    { name: 'explore', path: '/explore/', hasIslands: true },
  ];
}

async function transfer(request: Request): Promise<Transfer> {
  const kind = KIND[request.resourceType()] ?? 'other';
  const [sizes, body] = await Promise.all([request.sizes(), request.response().then((r) => r?.body().catch(() => undefined))]);
  return { kind, sent: sizes.responseBodySize, decoded: body?.length ?? 0 };
}

/** A first visit: a fresh context (empty cache), desktop viewport, no scrolling, until the network is quiet. */
async function firstLoad(browser: Browser, url: string): Promise<Transfer[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const transfers: Promise<Transfer>[] = [];
  page.on('requestfinished', (request) => transfers.push(transfer(request)));
  await page.goto(url, { waitUntil: 'networkidle' });
  const result = await Promise.all(transfers);
  await context.close();
  return result;
}

function total(transfers: Transfer[], kind: Transfer['kind']): { files: number; sent: number; decoded: number } {
  const ofKind = transfers.filter((t) => t.kind === kind);
  return { files: ofKind.length, sent: ofKind.reduce((sum, t) => sum + t.sent, 0), decoded: ofKind.reduce((sum, t) => sum + t.decoded, 0) };
}

/**
 * What a first visit to each kind of page costs: bytes by type, request count,
 * and Lighthouse's performance score and LCP under its default mobile emulation.
 */
export async function benchPages(browser: Browser, baseUrl: string, dist: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const type of pageTypes(dist)) {
    const url = `${baseUrl}${type.path}`;
    const transfers = await firstLoad(browser, url);
    const { lhr } = await runLighthouse(url, ['performance']);
    const group = `page: ${type.name}`;
    const html = total(transfers, 'html');
    const css = total(transfers, 'css');
    const js = total(transfers, 'js');
    const score = lhr.categories['performance']?.score;
    const lcp = lhr.audits['largest-contentful-paint']?.numericValue;
    rows.push(
      {
        group,
        metric: 'HTML, gzipped',
        value: html.sent,
        unit: 'bytes',
        note: `${type.path}; ${html.decoded} B unzipped; as sent by astro preview`,
      },
      { group, metric: 'CSS, gzipped', value: css.sent, unit: 'bytes', note: `${css.files} files, ${css.decoded} B unzipped` },
      {
        group,
        metric: 'JS, gzipped',
        value: js.sent,
        unit: 'bytes',
        note: `${js.files} files, ${js.decoded} B unzipped; before any scroll${type.hasIslands ? ', so islands further down have not loaded' : ''}; inline scripts count in the HTML${type.hasIslands ? '' : ' (the ≤ 3 KB budget, inline theme script included, is the "pages" row)'}`,
      },
      { group, metric: 'requests', value: transfers.length, unit: 'requests', note: 'empty cache, 1280×800, before any scroll' },
      {
        group,
        metric: 'Lighthouse performance',
        value: Math.round((score ?? NaN) * 100),
        unit: '/ 100',
        target: '100',
        note: 'mobile emulation, simulated throttling',
      },
      {
        group,
        metric: 'LCP',
        value: Math.round(lcp ?? NaN),
        unit: 'ms',
        target: '< 1500 ms',
        note: 'Lighthouse mobile emulation, simulated slow 4G',
      },
    );
  }
  return rows;
}
