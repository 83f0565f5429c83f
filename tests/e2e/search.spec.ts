import { test, expect } from './fixtures';
import { expectNoAxeViolations, THEMES, useTheme } from './axe';
import { RANKING } from './search-ranking';

const ISSUE_ONE = '/issues/parameters-and-hyperparameters/';
const pagefindRequests = (urls: string[]) => urls.filter((u) => new URL(u).pathname.includes('/pagefind/'));

test('"/" opens the search dialog with focus in the field; Esc closes it and returns focus', async ({ page }) => {
  await page.goto(ISSUE_ONE);
  const button = page.getByRole('button', { name: 'Search' });
  await expect(button).toBeVisible();
  await expect(button.locator('kbd')).toHaveText('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search Conundra' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('Ctrl+K opens the dialog from anywhere, and the button does too', async ({ page }) => {
  await page.goto('/glossary/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search Conundra' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close search' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
});

test('"/" typed into a text field stays in the field', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox').first().fill('a/b');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('results show title, type, issue number and a highlighted excerpt; arrows and Enter open one', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search Conundra' });
  await dialog.getByRole('radio', { name: 'Issues' }).check();
  await dialog.getByRole('searchbox').focus();
  await dialog.getByRole('searchbox').fill('lactate');
  const results = dialog.locator('a.search-result');
  await expect(results.first()).toBeVisible();
  const issue = results.filter({ hasText: 'Parameters and hyperparameters' }).first();
  await expect(issue.locator('.search-result-type')).toHaveText('Issue · #1');
  await expect(issue.locator('mark').first()).toContainText(/lactate/i);
  await expect(dialog.getByRole('status')).toContainText('for “lactate”');
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await results.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href ?? '');
});

test('the type filter narrows the results', async ({ page }) => {
  await page.goto('/search/?q=hyperparameter');
  const types = page.locator('.search-result-type');
  await expect(types.first()).toBeVisible();
  expect(new Set((await types.allTextContents()).map((t) => t.split(' · ')[0]))).toEqual(new Set(['Glossary term', 'Issue']));
  await page.getByRole('radio', { name: 'Issues' }).check();
  await expect(page.getByRole('status')).toContainText('among issues');
  for (const text of await types.allTextContents()) expect(text).toMatch(/^Issue/);
  await page.getByRole('radio', { name: 'Glossary terms' }).check();
  await expect(page.getByRole('status')).toContainText('among glossary terms');
  for (const text of await types.allTextContents()) expect(text).toBe('Glossary term');
});

// Ten pairs to a test, typed one after another into the search page's field: a page of its own for
// each pair cost more than the search. The list names the query its results are for.
const PAIRS_PER_TEST = 10;
for (let i = 0; i < RANKING.length; i += PAIRS_PER_TEST) {
  const pairs = RANKING.slice(i, i + PAIRS_PER_TEST);
  test(`each query puts its page first: “${pairs[0]![0]}” and ${pairs.length - 1} more`, async ({ page }) => {
    await page.goto('/search/');
    for (const [query, expected] of pairs) {
      await page.getByRole('searchbox').fill(query);
      const first = page.locator(`ol.search-results[data-query="${query}"] a.search-result`).first();
      await expect.soft(first, `first result for “${query}”`).toHaveAttribute('href', expected);
    }
  });
}

test('/search/?q= runs the query on load, and the address follows the query', async ({ page }) => {
  await page.goto('/search/?q=learning+rate');
  const field = page.getByRole('searchbox');
  await expect(field).toHaveValue('learning rate');
  await expect(page.locator('a.search-result').first()).toHaveAttribute('href', '/glossary/learning-rate/');
  await field.fill('dropout');
  await expect(page).toHaveURL('/search/?q=dropout');
  await field.fill('');
  await expect(page).toHaveURL('/search/');
});

test('without JavaScript, /search/ explains itself and links to the archive and glossary', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=kNN');
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'archive of issues' })).toHaveAttribute('href', '/issues/');
  await expect(page.getByRole('link', { name: 'glossary, A to Z' })).toHaveAttribute('href', '/glossary/');
  await expect(page.locator('[data-search-open]')).toBeHidden();
  await expect(page.locator('main .search-submit')).toBeHidden();
  await context.close();
});

const searchRequests = (urls: string[]) =>
  urls.filter((u) => /\/pagefind\/|\/search-names\.json$|\/search-definitions\//.test(new URL(u).pathname));

test('nothing of search loads before the reader shows intent; hovering the search button starts it', async ({ page, requests }) => {
  await page.goto(ISSUE_ONE);
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 2000);
  await page.mouse.move(10, 400);
  await page.waitForTimeout(300);
  expect(searchRequests(requests.map((r) => r.url()))).toEqual([]);
  await page.mouse.wheel(0, -4000);
  await page.getByRole('button', { name: 'Search' }).hover();
  await expect.poll(() => pagefindRequests(requests.map((r) => r.url())).length).toBeGreaterThan(0);
  await expect.poll(() => requests.some((r) => r.url().endsWith('/search-names.json'))).toBe(true);
  // The dialog is still closed: hovering only prepares.
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('focusing the search button also starts loading search, and the first query then fetches few fragments', async ({
  page,
  requests,
}) => {
  await page.goto(ISSUE_ONE);
  await page.waitForLoadState('networkidle');
  expect(searchRequests(requests.map((r) => r.url()))).toEqual([]);
  await page.getByRole('button', { name: 'Search' }).focus();
  await expect.poll(() => pagefindRequests(requests.map((r) => r.url())).length).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('searchbox').fill('model');
  // The list of the whole query: on a busy machine a list for part of it can show first, and go.
  const list = page.locator('#search-dialog ol.search-results[data-query="model"]');
  await expect(list.locator('a.search-result').first()).toBeVisible();
  const fragments = () => requests.filter((r) => r.url().endsWith('.pf_fragment')).length;
  expect(fragments()).toBeLessThanOrEqual(5);
  // The rest load as the reader scrolls down the list.
  await list.evaluate((ol) => ol.querySelector('.search-result-pending')?.scrollIntoView());
  await expect.poll(fragments).toBeGreaterThan(5);
});

test('a typo offers “Did you mean”, reachable from the keyboard, and lists the term first', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search Conundra' });
  await dialog.getByRole('searchbox').fill('hyperparamter');
  await expect(dialog.locator('a.search-result').first()).toHaveAttribute('href', '/glossary/hyperparameter/');
  const suggestion = dialog.getByRole('status').getByRole('link', { name: 'Hyperparameter', exact: true });
  await expect(dialog.getByRole('status')).toContainText('Did you mean Hyperparameter');
  await suggestion.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('searchbox')).toHaveValue('Hyperparameter');
  await expect(dialog.getByRole('status')).toContainText('for “Hyperparameter”');
  await expect(dialog.getByRole('status')).not.toContainText('Did you mean');
});

test('a misspelt query offers the closest term and lists it first', async ({ page }) => {
  await page.goto('/search/?q=calibrashun');
  await expect(page.getByRole('status')).toContainText('Did you mean Calibration?');
  await expect(page.locator('a.search-result').first()).toHaveAttribute('href', '/glossary/calibration/');
});

test('a query with no results shows the closest term’s results instead, and says so', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search Conundra' });
  // No indexed word starts with “sftmax”, so Pagefind finds nothing; the names map knows Softmax.
  await dialog.getByRole('searchbox').fill('sftmax');
  await expect(dialog.getByRole('status')).toHaveText('No results for “sftmax”. Showing results for “Softmax”.');
  const first = dialog.locator('a.search-result').first();
  await expect(first).toHaveAttribute('href', '/glossary/softmax/');
  // The term's definition, from its definitions file, is its excerpt.
  await expect(first.locator('.search-result-excerpt')).toHaveText(/\w{4,}/);
});

test('one or two letters list the terms whose names start with them, each with its definition', async ({ page }) => {
  await page.goto('/search/?q=k');
  await expect(page.getByRole('status')).toContainText('start with “k”');
  const titles = await page.locator('.search-result-title').allTextContents();
  expect(titles).toContain('k-nearest neighbours');
  expect(titles).toContain('Kernel');
  // Aliases count too: Cross-validation is also "k-fold cross-validation".
  expect(titles).not.toContain('Accuracy');
  for (const excerpt of await page.locator('.search-result-excerpt').allTextContents()) expect(excerpt).toMatch(/\w{4,}/);
});

test('a clinical subject still finds its issue near the top', async ({ page }) => {
  await page.goto('/search/?q=sepsis+model');
  await expect(page.locator('a.search-result').first()).toBeVisible();
  const hrefs = await page.locator('a.search-result').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/issues/parameters-and-hyperparameters/');
});

test('excerpts start at a sentence and keep punctuation against its word', async ({ page }) => {
  for (const query of ['learning rate', 'hyperparameter', 'kNN', 'sepsis']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const excerpts = page.locator('.search-result-excerpt');
    await expect(excerpts.first()).toBeVisible();
    for (const text of await excerpts.allTextContents()) {
      expect(text, `excerpt for “${query}”`).not.toMatch(/\s[,.;:)]|Also called|^(Neural networks|Model fitting|Conundra #)/);
      expect(text, `excerpt for “${query}”`).toMatch(/^[\p{Lu}\p{N}“"($…]|^[a-z]+-|^k-/u);
    }
  }
});

test('the home page declares the search page as a SearchAction, and OpenSearch is advertised', async ({ page, request }) => {
  await page.goto('/');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld['@type']).toBe('WebSite');
  expect(ld.potentialAction.target.urlTemplate).toBe('https://conundra.github.io/search/?q={search_term_string}');
  const href = await page.locator('link[rel="search"]').getAttribute('href');
  const xml = await (await request.get(href ?? '')).text();
  expect(xml).toContain('template="https://conundra.github.io/search/?q={searchTerms}"');
});

for (const theme of THEMES) {
  test(`axe finds no violations with the search dialog open (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto(ISSUE_ONE);
    await page.keyboard.press('/');
    await page.getByRole('dialog').getByRole('searchbox').fill('random search');
    await expect(page.locator('#search-dialog a.search-result').first()).toBeVisible();
    await expectNoAxeViolations(page, `search dialog in ${theme}`);
  });
}
