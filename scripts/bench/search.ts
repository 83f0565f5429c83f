import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright';
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

/**
 * What one search costs a reader: the bytes fetched between pressing "/" on
 * an issue page and seeing the first result, and how long that takes.
 */
export async function benchSearch(browser: Browser, baseUrl: string, distDir: string, query = 'learning rate'): Promise<Row[]> {
  const index = folderBytes(path.join(distDir, 'pagefind'));
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/issues/parameters-and-hyperparameters/`, { waitUntil: 'networkidle' });
  const finished: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    finished.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  const started = performance.now();
  await page.keyboard.press('/');
  await page.locator('#search-dialog input[type="search"]').fill(query);
  await page.locator('#search-dialog a.search-result').first().waitFor();
  const elapsed = performance.now() - started;
  const sizes = await Promise.all(finished);
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const requests = sizes.length;
  await page.close();
  return [
    { group: 'search', metric: 'Pagefind index on disk', value: index.bytes, unit: 'bytes', note: `${index.files} files` },
    { group: 'search', metric: `bytes to first result for “${query}”`, value: bytes, unit: 'bytes', note: `${requests} requests` },
    {
      group: 'search',
      metric: `time to first result for “${query}”`,
      value: Math.round(elapsed),
      unit: 'ms',
      note: 'headless Chromium, includes a 120 ms debounce',
    },
  ];
}
