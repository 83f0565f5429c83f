import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from './fixtures';
import { expectNoAxeViolations, THEMES, useTheme } from './axe';

/** axe over every page of the production build, in both themes, at a phone width and a desktop width. */
const dist = path.resolve(import.meta.dirname, '../../dist');
const paths = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && f.name.endsWith('.html') && !path.relative(dist, f.parentPath).startsWith('pagefind'))
  .map((f) => `/${path.relative(dist, path.join(f.parentPath, f.name)).split(path.sep).join('/')}`.replace(/index\.html$/, ''))
  .sort();

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

for (const pagePath of paths) {
  test(`axe: ${pagePath}`, async ({ page }) => {
    test.setTimeout(60_000);
    for (const theme of THEMES) {
      await useTheme(page, theme);
      for (const size of WIDTHS) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(pagePath);
        await expectNoAxeViolations(page, `${pagePath} (${theme}, ${size.name})`);
      }
    }
  });
}
