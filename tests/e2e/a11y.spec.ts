import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test as base, devices, type Page, type Request } from '@playwright/test';
import { expectNoForeignRequests } from './fixtures';
import { expectNoAxeViolations, preloadAxe, THEMES, useTheme, wakeIslands } from './axe';

/**
 * axe over every page of the production build. Each page once, in the light theme at desktop
 * width; and one page of each type (the first of its kind) in all four combinations of theme and
 * width, since a page type's layout and colours come from its template, not its text.
 * The other pages are checked in batches. Every scan runs in one tab per worker (below), so time
 * goes to axe, not to setup.
 * Every island on a page is woken first, so its controls are checked as well as its static figure.
 */
const dist = path.resolve(import.meta.dirname, '../../dist');
const paths = readdirSync(dist, { recursive: true, withFileTypes: true })
  // Email editions load their images from the public site's address; tests/e2e/email.spec.ts runs axe on them.
  .filter((f) => f.isFile() && f.name.endsWith('.html') && !/^(pagefind|email)/.test(path.relative(dist, f.parentPath)))
  .map((f) => `/${path.relative(dist, path.join(f.parentPath, f.name)).split(path.sep).join('/')}`.replace(/index\.html$/, ''))
  .sort();

/** "/glossary/auc/" → "glossary/*", "/glossary/" → "glossary", "/about/" → "*" (a standalone page). */
function pageType(pagePath: string): string {
  const parts = pagePath.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts.length === 1) return ['issues', 'glossary', 'tags', 'search', 'explore', '404.html'].includes(parts[0]!) ? parts[0]! : '*';
  return `${parts[0]}/*`;
}

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

const representatives = new Map<string, string>();
for (const p of paths) if (!representatives.has(pageType(p))) representatives.set(pageType(p), p);

/**
 * Every scan runs in one tab per worker: a new tab starts a new renderer, which decodes the fonts,
 * parses the styles and compiles axe again, and that was a third of the cost of a scan. Each test
 * sets the theme and width it needs, and checks the tab's requests as fixtures.ts does for others.
 */
const test = base.extend<{ tab: Page }, { workerTab: Page }>({
  workerTab: [
    async ({ browser }, use, workerInfo) => {
      // The device that playwright.config.ts gives the project's own pages.
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext({ ...devices['Desktop Chrome'], ...(baseURL !== undefined && { baseURL }) });
      const tab = await context.newPage();
      await preloadAxe(tab);
      await use(tab);
      await context.close();
    },
    { scope: 'worker' },
  ],
  tab: async ({ workerTab, baseURL }, use) => {
    const urls: string[] = [];
    const record = (request: Request) => urls.push(request.url());
    workerTab.on('request', record);
    await use(workerTab);
    workerTab.off('request', record);
    expectNoForeignRequests(urls, baseURL);
  },
});

test.describe.configure({ mode: 'parallel' });

async function scan(tab: Page, pagePath: string, theme: (typeof THEMES)[number], size: (typeof WIDTHS)[number]): Promise<void> {
  await useTheme(tab, theme);
  await tab.setViewportSize({ width: size.width, height: size.height });
  await tab.goto(pagePath);
  await wakeIslands(tab);
  await expectNoAxeViolations(tab, `${pagePath} (${theme}, ${size.name})`);
}

for (const [type, pagePath] of representatives) {
  test(`axe, both themes and widths: ${pagePath} (${type})`, async ({ tab }) => {
    test.setTimeout(90_000);
    for (const theme of THEMES) for (const size of WIDTHS) await scan(tab, pagePath, theme, size);
  });
}

const BATCH = 8;
const others = paths.filter((p) => ![...representatives.values()].includes(p));
for (let i = 0; i < others.length; i += BATCH) {
  const batch = others.slice(i, i + BATCH);
  test(`axe, light theme at desktop width: ${batch[0]} … (${batch.length} pages)`, async ({ tab }) => {
    test.setTimeout(30_000 + batch.length * 15_000);
    for (const pagePath of batch) await scan(tab, pagePath, 'light', WIDTHS[1]);
  });
}
