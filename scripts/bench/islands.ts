import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';
import type { Row } from './report.ts';

const ISLANDS = ['search-strategies', 'bayes-opt', 'dimension-explosion'] as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

/** Times a slider's synchronous redraw for every step of its range, as dragging it would. */
async function dragTimes(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((sel) => {
    const input = document.querySelector<HTMLInputElement>(sel)!;
    const times: number[] = [];
    const min = Number(input.min);
    const max = Number(input.max);
    const step = Number(input.step) || 1;
    for (let v = min; v <= max + 1e-9; v += step) {
      input.value = String(v);
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      times.push(performance.now() - t0);
    }
    return times;
  }, selector);
}

export async function benchIslands(browser: Browser, baseUrl: string, distDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') loaded.push(new URL(r.url()).pathname);
  });
  await page.goto(`${baseUrl}/explore/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, 0));
  // Scripts every page loads anyway are not the islands' cost.
  const home = await browser.newPage();
  const shared = new Set<string>();
  home.on('request', (r) => {
    if (r.resourceType() === 'script') shared.add(new URL(r.url()).pathname);
  });
  await home.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
  await home.close();

  const seen = new Set(shared);
  for (const island of ISLANDS) {
    await page.locator(island).scrollIntoViewIfNeeded();
    await page.waitForFunction((tag) => customElements.get(tag) !== undefined, island);
    await page.waitForLoadState('networkidle');
    const own = loaded.filter((p) => !seen.has(p));
    own.forEach((p) => seen.add(p));
    let raw = 0;
    let gz = 0;
    for (const file of own) {
      const bytes = readFileSync(path.join(distDir, file));
      raw += bytes.length;
      gz += gzipSync(bytes, { level: 9 }).length;
    }
    rows.push({
      group: 'islands',
      metric: `${island}: JavaScript, minified and gzipped`,
      value: gz,
      unit: 'bytes',
      target: '≤ 12 KB',
      note: `${raw} B minified, ${own.length} files (shared chunks counted once, for the first island that needs them)`,
    });
  }

  await page.locator('search-strategies').scrollIntoViewIfNeeded();
  const budget = await dragTimes(page, 'search-strategies input[name="budget"]');
  rows.push({ group: 'islands', metric: 'search-strategies: redraw while dragging the budget (median)', value: Number(median(budget).toFixed(2)), unit: 'ms', target: '< 16 ms', note: `p95 ${percentile(budget, 0.95).toFixed(2)} ms over ${budget.length} steps` });
  const repeat = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('search-strategies input[name="budget"]')!;
    input.value = '100';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const button = document.querySelector<HTMLButtonElement>('search-strategies [data-action="repeat"]')!;
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      button.click();
      times.push(performance.now() - t0);
    }
    return times;
  });
  rows.push({ group: 'islands', metric: 'search-strategies: repeat 1,000 times at a budget of 100 (median)', value: Number(median(repeat).toFixed(2)), unit: 'ms', target: '< 50 ms', note: `includes drawing the ECDF; slowest of 7: ${Math.max(...repeat).toFixed(1)} ms` });

  await page.locator('bayes-opt').scrollIntoViewIfNeeded();
  const bo = await dragTimes(page, 'bayes-opt input[name="param"]');
  rows.push({ group: 'islands', metric: 'bayes-opt: redraw while dragging ξ (median)', value: Number(median(bo).toFixed(2)), unit: 'ms', target: '< 16 ms', note: `p95 ${percentile(bo, 0.95).toFixed(2)} ms; refits the GP on 201 points each time` });
  await page.locator('dimension-explosion').scrollIntoViewIfNeeded();
  const de = await dragTimes(page, 'dimension-explosion input[name="hyperparameters"]');
  rows.push({ group: 'islands', metric: 'dimension-explosion: redraw while dragging d (median)', value: Number(median(de).toFixed(2)), unit: 'ms', target: '< 16 ms', note: `p95 ${percentile(de, 0.95).toFixed(2)} ms` });
  await page.close();
  return rows;
}
