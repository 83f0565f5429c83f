import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';
import type { Row } from './report.ts';

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** A quick typist: the gap between two key presses, in milliseconds. */
const KEY_DELAY = 50;
/** The queries typed one after another once search has loaded; their median is the "later query" figure. */
const LATER_QUERIES = ['dropout', 'grid search', 'sepsis', 'calibration', 'kNN', 'overfitting', 'random search', 'AUC', 'weight decay'];

/**
 * Installs, in the page, a clock that starts at each keystroke in the dialog's field and stops when the
 * results for a given query are painted (the status names the query and a result link is in the list,
 * then one frame passes). Timing inside the page keeps Playwright's round trips out of the figures.
 */
async function installClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lastInput: number; __painted: (q: string) => Promise<number> };
    w.__lastInput = 0;
    document.addEventListener('input', () => (w.__lastInput = performance.now()), true);
    w.__painted = (query: string) =>
      new Promise<number>((resolve) => {
        const root = document.getElementById('search-dialog')!;
        const done = () => {
          const status = root.querySelector('[role="status"]')?.textContent ?? '';
          return status.includes(`“${query}”`) && root.querySelector('a.search-result') !== null;
        };
        const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - w.__lastInput)));
        if (done()) {
          finish();
          return;
        }
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          finish();
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
      });
  });
}

async function typeAndTime(page: Page, query: string): Promise<number> {
  const painted = page.evaluate((q) => (window as unknown as { __painted: (q: string) => Promise<number> }).__painted(q), query);
  await page.locator('#search-dialog input[type="search"]').pressSequentially(query, { delay: KEY_DELAY });
  return painted;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Every response the page fetched, counted as gzip would send it (Pagefind's own files are already compressed). */
function countBytes(page: Page): () => Promise<{ gzipped: number; requests: number }> {
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(
      request
        .response()
        .then(async (response) => (response ? gzipSync(await response.body()).length : 0))
        .catch(() => 0),
    );
  });
  return async () => {
    const all = await Promise.all(sizes);
    return { gzipped: all.reduce((a, b) => a + b, 0), requests: all.length };
  };
}

/**
 * What search costs a reader on an issue page, in headless Chromium: the bytes fetched from pressing "/" to
 * the first result, the time from the last keystroke of the first query to its first result painted, and
 * the median of the same for later queries. The query is typed key by key, as a reader would.
 */
export async function benchSearch(browser: Browser, baseUrl: string, distDir: string, query = 'learning rate'): Promise<Row[]> {
  const index = folderBytes(path.join(distDir, 'pagefind'));
  const issue = `${baseUrl}/issues/parameters-and-hyperparameters/`;

  // The first query, typed after "/" on a freshly loaded page.
  const page = await browser.newPage();
  await page.goto(issue, { waitUntil: 'networkidle' });
  await installClock(page);
  const fetched = countBytes(page);
  await page.keyboard.press('/');
  const first = await typeAndTime(page, query);
  const { gzipped, requests } = await fetched();

  // Later queries in the same dialog.
  const later: number[] = [];
  for (const next of LATER_QUERIES) {
    await page.locator('#search-dialog input[type="search"]').fill('');
    later.push(await typeAndTime(page, next));
  }
  await page.close();

  // The worst case for the first query: the whole query pasted at once, right after "/".
  const pasted = await browser.newPage();
  await pasted.goto(issue, { waitUntil: 'networkidle' });
  await installClock(pasted);
  await pasted.keyboard.press('/');
  const painted = pasted.evaluate((q) => (window as unknown as { __painted: (q: string) => Promise<number> }).__painted(q), query);
  await pasted.locator('#search-dialog input[type="search"]').fill(query);
  const pastedTime = await painted;
  await pasted.close();

  return [
    { group: 'search', metric: 'Pagefind index on disk', value: index.bytes, unit: 'bytes', note: `${index.files} files` },
    {
      group: 'search',
      metric: `bytes to first result for “${query}”`,
      value: gzipped,
      unit: 'bytes',
      target: '≤ 100 KiB',
      note: `${requests} requests, gzipped`,
    },
    {
      group: 'search',
      metric: `first query “${query}”: last keystroke to first result`,
      value: Math.round(first),
      unit: 'ms',
      target: '≤ 300 ms',
      note: `typed after "/" on a fresh page, ${KEY_DELAY} ms between keys`,
    },
    {
      group: 'search',
      metric: 'later queries: last keystroke to first result',
      value: Math.round(median(later)),
      unit: 'ms',
      target: '≤ 100 ms',
      note: `median of ${later.length}; slowest ${Math.round(Math.max(...later))} ms`,
    },
    {
      group: 'search',
      metric: `first query “${query}” pasted at once after "/"`,
      value: Math.round(pastedTime),
      unit: 'ms',
      note: 'worst case: no time to preload while typing',
    },
  ];
}
