import { test, expect } from './fixtures';

/** One page of each type, with the interaction that loads its most code. */
const PAGES: [string, (page: import('@playwright/test').Page) => Promise<void>][] = [
  [
    '/',
    async (page) => {
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('calibration');
      await expect(page.locator('#search-dialog a.search-result').first()).toBeVisible();
    },
  ],
  [
    '/issues/parameters-and-hyperparameters/',
    async (page) => {
      await page.locator('bayes-opt').scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Next trial' }).click();
      await page.locator('a.term-link').first().focus();
    },
  ],
  [
    '/explore/',
    async (page) => {
      await page.getByRole('button', { name: 'Repeat 1,000 times' }).click();
    },
  ],
  ['/glossary/', async () => {}],
  // Highlighted code and a page of prose: Shiki's colours and KaTeX's layout are classes now.
  ['/editors/', async () => {}],
  ['/glossary/regularisation/', async () => {}],
  ['/glossary/hyperparameter/', async () => {}],
  [
    '/search/?q=kNN',
    async (page) => {
      await expect(page.locator('a.search-result').first()).toBeVisible();
    },
  ],
  ['/series/conundra/', async () => {}],
  ['/tags/evaluation/', async () => {}],
  ['/about/', async () => {}],
  ['/no-such-page/', async () => {}],
];

for (const [path, interact] of PAGES) {
  test(`${path} reports no content-security-policy violation`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
    });
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toMatch(/'unsafe-eval'/);
    const styleSrc = policy?.split(';').find((d) => d.trim().startsWith('style-src')) ?? '';
    expect(styleSrc).toContain("'self'");
    expect(styleSrc).not.toContain('unsafe-inline');
    await interact(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
}

test('every external link carries rel="noopener"', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  for (const path of [
    '/issues/parameters-and-hyperparameters/',
    '/issues/prediction-and-causation/',
    '/glossary/auc/',
    '/about/',
    '/editors/',
  ]) {
    await page.goto(path);
    const bad = await page
      .locator('a[href^="http"]')
      .evaluateAll(
        (links, o) =>
          links
            .filter((a) => new URL((a as HTMLAnchorElement).href).origin !== o && !(a.getAttribute('rel') ?? '').includes('noopener'))
            .map((a) => a.getAttribute('href')),
        origin,
      );
    expect(bad, path).toEqual([]);
  }
});
