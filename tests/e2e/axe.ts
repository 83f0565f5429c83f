import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, the level the site promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  // Legacy mode runs axe in the page itself. The default opens a second page on every scan to merge
  // results from cross-origin frames, which the site has none of; that doubled the time of a scan.
  // Only violations are wanted: listing every node that passes took a fifth of each scan. (options()
  // replaces what withTags() set, so it comes first.)
  // A page that has axe already (preloadAxe) is not sent the source again.
  const preloaded = await page.evaluate(() => 'axe' in window);
  const { violations } = await new AxeBuilder({ page, ...(preloaded && { axeSource: ';' }) })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * Puts axe-core into every page the context opens, before the page's own scripts. Otherwise each
 * scan sends its 1.3 MB source to the page twice, a third of the scan's time.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.context().addInitScript({ content: axe.source });
}

export const THEMES = ['light', 'dark'] as const;

const themed = new WeakSet<Page>();

/**
 * Sets the reader's theme: the system preference, and the same choice stored as the theme toggle
 * stores it, before any page script runs. A page can be switched from one theme to the other.
 */
export async function useTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  if (themed.has(page)) return;
  themed.add(page);
  await page.addInitScript(() =>
    localStorage.setItem('conundra-theme', matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
  );
}

/**
 * Brings every island on the page to life, as a reader scrolling through it would: each loads its
 * code only when it nears the viewport, and axe must see the controls it draws, not only the static
 * figure. The search element is left alone: it loads on intent, not on sight.
 */
export async function wakeIslands(page: Page): Promise<void> {
  const sleeping = await page.evaluate(() => [...new Set([...document.querySelectorAll(':not(:defined)')].map((e) => e.localName))]);
  for (const tag of sleeping.filter((t) => t !== 'site-search')) {
    await page.locator(tag).first().scrollIntoViewIfNeeded();
    await page.waitForFunction((t) => customElements.get(t) !== undefined, tag);
  }
}
