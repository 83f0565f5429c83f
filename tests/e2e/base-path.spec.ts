import { test, expect } from './fixtures';

/** The same site built with BASE_PATH=/conundra, served under that sub-path. */
test('pages, assets and search work under a base path', async ({ page }) => {
  await page.goto('/conundra/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL('/conundra/glossary/');
  await page.getByRole('link', { name: 'Hyperparameter', exact: true }).click();
  await expect(page).toHaveURL('/conundra/glossary/hyperparameter/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search Conundra' });
  await dialog.getByRole('searchbox').fill('kNN');
  const first = dialog.locator('a.search-result').first();
  await expect(first).toHaveAttribute('href', '/conundra/glossary/k-nearest-neighbours/');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('k-nearest neighbours');
});

test('an issue under a base path loads its maths styles and links terms correctly', async ({ page }) => {
  await page.goto('/conundra/issues/parameters-and-hyperparameters/');
  await expect(page.locator('link[rel="stylesheet"][href^="/conundra/_astro/katex"]')).toHaveCount(1);
  await expect(page.locator('a.term-link[data-term="hyperparameter"]').first()).toHaveAttribute(
    'href',
    '/conundra/glossary/hyperparameter/',
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/conundra\/issues\/parameters-and-hyperparameters\/$/);
});
