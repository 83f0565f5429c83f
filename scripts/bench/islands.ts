import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';
import type { Row } from './report.ts';

const ISLANDS = [
  'search-strategies',
  'bayes-opt',
  'dimension-explosion',
  'prevalence-explorer',
  'roc-threshold',
  'reliability-diagram',
] as const;

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
  await page.goto(`${baseUrl}/explore/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, 0));
  // Scripts every page loads anyway are not the islands' cost.
  const home = await browser.newPage();
  const shared = new Set<string>();
  home.on('request', (r) => {
    if (r.resourceType() === 'script') shared.add(new URL(r.url()).pathname);
  });
  await home.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
  const inline = await home
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((els) => els.map((e) => e.textContent ?? '').join(''));
  await home.close();
  const sharedGz = [...shared].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length, 0);
  rows.push({
    group: 'pages',
    metric: 'JavaScript on a page without islands (home): theme script + search launcher, gzipped',
    value: sharedGz + gzipSync(inline, { level: 9 }).length,
    unit: 'bytes',
    target: '≤ 3 KB',
    note: `${shared.size} files plus the inline theme script`,
  });

  // An island's cost is its loader and everything that loader can import, shared chunks included.
  const astroDir = path.join(distDir, '_astro');
  const closure = (file: string, into = new Set<string>()): Set<string> => {
    if (into.has(file)) return into;
    into.add(file);
    const text = readFileSync(path.join(astroDir, file), 'utf8');
    for (const m of text.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'`]\.\/([\w.-]+\.js)["'`]/g)) closure(m[1] ?? '', into);
    return into;
  };
  const loaders = readdirSync(astroDir);
  for (const island of ISLANDS) {
    const component = island
      .split('-')
      .map((w) => w[0]?.toUpperCase() + w.slice(1))
      .join('');
    const loader = loaders.find((f) => f.startsWith(`${component}.astro_astro_type_script`));
    if (!loader) continue;
    const files = closure(loader);
    let raw = 0;
    let gz = 0;
    for (const file of files) {
      const bytes = readFileSync(path.join(astroDir, file));
      raw += bytes.length;
      gz += gzipSync(bytes, { level: 9 }).length;
    }
    rows.push({
      group: 'islands',
      metric: `${island}: JavaScript, minified and gzipped`,
      value: gz,
      unit: 'bytes',
      target: '≤ 12 KB',
      note: `${raw} B minified in ${files.size} files, shared chunks included`,
    });
  }

  await page.locator('search-strategies').scrollIntoViewIfNeeded();
  await page.waitForFunction((t) => customElements.get(t) !== undefined, 'search-strategies');
  const budget = await dragTimes(page, 'search-strategies input[name="budget"]');
  rows.push({
    group: 'islands',
    metric: 'search-strategies: redraw while dragging the budget (median)',
    value: Number(median(budget).toFixed(2)),
    unit: 'ms',
    target: '< 16 ms',
    note: `p95 ${percentile(budget, 0.95).toFixed(2)} ms over ${budget.length} steps`,
  });
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
  rows.push({
    group: 'islands',
    metric: 'search-strategies: repeat 1,000 times at a budget of 100 (median)',
    value: Number(median(repeat).toFixed(2)),
    unit: 'ms',
    target: '< 50 ms',
    note: `includes drawing the ECDF; slowest of 7: ${Math.max(...repeat).toFixed(1)} ms`,
  });

  await page.locator('bayes-opt').scrollIntoViewIfNeeded();
  await page.waitForFunction((t) => customElements.get(t) !== undefined, 'bayes-opt');
  const bo = await dragTimes(page, 'bayes-opt input[name="param"]');
  rows.push({
    group: 'islands',
    metric: 'bayes-opt: redraw while dragging ξ (median)',
    value: Number(median(bo).toFixed(2)),
    unit: 'ms',
    target: '< 16 ms',
    note: `p95 ${percentile(bo, 0.95).toFixed(2)} ms; refits the GP on 201 points each time`,
  });
  await page.locator('dimension-explosion').scrollIntoViewIfNeeded();
  await page.waitForFunction((t) => customElements.get(t) !== undefined, 'dimension-explosion');
  const de = await dragTimes(page, 'dimension-explosion input[name="hyperparameters"]');
  rows.push({
    group: 'islands',
    metric: 'dimension-explosion: redraw while dragging d (median)',
    value: Number(median(de).toFixed(2)),
    unit: 'ms',
    target: '< 16 ms',
    note: `p95 ${percentile(de, 0.95).toFixed(2)} ms`,
  });
  await page.close();
  return rows;
}
