import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from './fixtures';
import { expectNoAxeViolations, preloadAxe, THEMES, useTheme, wakeIslands } from './axe';

/**
 * axe over every page of the production build. Each page once, in the light theme at desktop
 * width; and one page of each type (the first of its kind) in all four combinations of theme and
 * width, since a page type's layout and colours come from its template, not its text.
 * Pages are checked in batches that share one browser page, so time goes to axe, not to setup.
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

test.describe.configure({ mode: 'parallel' });

for (const [type, pagePath] of representatives) {
  test(`axe, both themes and widths: ${pagePath} (${type})`, async ({ page }) => {
    test.setTimeout(90_000);
    await preloadAxe(page);
    for (const theme of THEMES) {
      await useTheme(page, theme);
      for (const size of WIDTHS) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(pagePath);
        await wakeIslands(page);
        await expectNoAxeViolations(page, `${pagePath} (${theme}, ${size.name})`);
      }
    }
  });
}

const BATCH = 8;
const others = paths.filter((p) => ![...representatives.values()].includes(p));
for (let i = 0; i < others.length; i += BATCH) {
  const batch = others.slice(i, i + BATCH);
  test(`axe, light theme at desktop width: ${batch[0]} … (${batch.length} pages)`, async ({ page }) => {
    test.setTimeout(30_000 + batch.length * 15_000);
    await preloadAxe(page);
    await useTheme(page, 'light');
    await page.setViewportSize({ width: WIDTHS[1].width, height: WIDTHS[1].height });
    for (const pagePath of batch) {
      await page.goto(pagePath);
      await wakeIslands(page);
      await expectNoAxeViolations(page, `${pagePath} (light, desktop)`);
    }
  });
}
