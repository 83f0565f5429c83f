import { test, expect } from './fixtures';
import { expectNoAxeViolations, THEMES, useTheme } from './axe';

test.describe('grid against random search', () => {
  test('moving the budget slider with the keyboard updates the read-outs and the status', async ({ page }) => {
    await page.goto('/explore/');
    const island = page.locator('search-strategies');
    const budget = island.getByRole('slider', { name: /Trial budget/ });
    await expect(budget).toBeVisible();
    await expect(island.locator('[data-out="grid-distinct"]')).toHaveText('3');
    await expect(island.locator('[data-out="random-distinct"]')).toHaveText('9');
    await budget.focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    await expect(budget).toHaveAttribute('aria-valuetext', '16 trials');
    await expect(island.locator('[data-out="grid-distinct"]')).toHaveText('4');
    await expect(island.locator('[data-out="random-distinct"]')).toHaveText('16');
    await expect(island.locator('p[role="status"]')).toHaveText(/Budget 16: the 4×4 grid tests 4 values of x; random search tests 16\./);
    await page.keyboard.press('ArrowRight');
    await expect(island.locator('[data-out="grid-unused"]').first()).toHaveText('1 trial unused');
  });

  test('the importance control says what it means', async ({ page }) => {
    await page.goto('/explore/');
    const importance = page.getByRole('slider', { name: /How much y matters/ });
    await importance.focus();
    await page.keyboard.press('End');
    await expect(importance).toHaveAttribute('aria-valuetext', 'both matter equally');
    await page.keyboard.press('Home');
    await expect(importance).toHaveAttribute('aria-valuetext', 'only x matters');
  });

  test('a shared seed in the address reproduces the layout', async ({ page, browser }) => {
    await page.goto('/explore/');
    await page.getByRole('button', { name: 'New random draw' }).click();
    await expect(page).toHaveURL(/#seed=\d+&budget=9&importance=0$/);
    const url = page.url();
    const circles = await page
      .locator('[data-panel="random"] circle.ss-point')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('cx')},${e.getAttribute('cy')}`));
    const other = await browser.newPage();
    await other.goto(url);
    // Wait for the element to apply the address's seed; the server-rendered figure shows the default one.
    await expect(other.locator('search-strategies [data-out="seed"]')).toHaveText(/seed=(\d+)/.exec(url)?.[1] ?? '');
    const again = await other
      .locator('[data-panel="random"] circle.ss-point')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('cx')},${e.getAttribute('cy')}`));
    expect(again).toEqual(circles);
    await other.close();
  });

  test('“Repeat 1,000 times” shows the distribution and each layout’s share of top-5% results', async ({ page }) => {
    await page.goto('/explore/');
    await page.getByRole('button', { name: 'Repeat 1,000 times' }).click();
    await expect(page.locator('[data-repeat] svg')).toBeVisible();
    await expect(page.locator('[data-repeat-text]')).toHaveText(
      /In 1,000 searches of 9 trials, .* \d+% of the time with a grid and \d+% with random search\./,
    );
  });

  test('the hit-probability solver gives 59, 299 and 459', async ({ page }) => {
    await page.goto('/explore/');
    const out = page.locator('search-strategies [data-out="trials"]');
    await expect(out).toHaveText(/^59 random trials/);
    await page.getByLabel('Best fraction of the space').fill('1');
    await expect(out).toHaveText(/^299 random trials/);
    await page.getByLabel('Chance wanted (%)').fill('99');
    await expect(out).toHaveText(/^459 random trials/);
  });
});

test.describe('Bayesian optimisation', () => {
  test('“Next trial” adds a point and announces it', async ({ page }) => {
    await page.goto('/explore/');
    const island = page.locator('bayes-opt');
    await island.scrollIntoViewIfNeeded();
    await expect(island.locator('[data-out="trials"]')).toHaveText('2 of 15');
    await expect(island.locator('circle.bo-obs')).toHaveCount(2);
    await island.getByRole('button', { name: 'Next trial' }).click();
    await expect(island.locator('circle.bo-obs')).toHaveCount(3);
    await expect(island.locator('[data-out="trials"]')).toHaveText('3 of 15');
    await expect(island.locator('p[role="status"]')).toHaveText(/^Trial 3 of 15\. Best loss: Bayesian optimisation/);
  });

  test('switching to UCB relabels the parameter, and Reset starts again', async ({ page }) => {
    await page.goto('/explore/');
    const island = page.locator('bayes-opt');
    await island.scrollIntoViewIfNeeded();
    await island.getByRole('button', { name: 'Next trial' }).click();
    await island.getByLabel('Acquisition function').selectOption('ucb');
    await expect(island.getByRole('slider')).toHaveAttribute('aria-valuetext', 'Exploration weight κ 2');
    await island.getByRole('button', { name: 'Reset' }).click();
    await expect(island.locator('circle.bo-obs')).toHaveCount(2);
  });

  test('Auto-run with reduced motion runs straight to the budget', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/explore/');
    const island = page.locator('bayes-opt');
    await island.scrollIntoViewIfNeeded();
    await island.getByRole('button', { name: 'Auto-run' }).click();
    await expect(island.locator('[data-out="trials"]')).toHaveText('15 of 15');
    await expect(island.getByRole('button', { name: 'Next trial' })).toBeDisabled();
  });
});

test('the dimension explorer shows k^d and the flat random-search budget', async ({ page }) => {
  await page.goto('/explore/');
  const island = page.locator('dimension-explosion');
  await island.scrollIntoViewIfNeeded();
  await expect(island.locator('[data-out="trials"]')).toHaveText('15,625');
  const d = island.getByRole('slider', { name: /Hyperparameters/ });
  await d.focus();
  await page.keyboard.press('ArrowRight');
  await expect(island.locator('[data-out="trials"]')).toHaveText('78,125');
  await expect(d).toHaveAttribute('aria-valuetext', '7 hyperparameters');
  await expect(island.locator('p[role="status"]')).toHaveText(/a grid of 78,125 training runs/);
  await expect(island).toContainText('59 runs');
});

test('with JavaScript off, every island shows its static figure and caption', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/issues/parameters-and-hyperparameters/');
  for (const caption of [
    'Grid against random search with the same number of trials',
    'Bayesian optimisation of a learning rate',
    'The curse of dimensionality in grid search',
  ]) {
    const figure = page.locator('figure.island').filter({ hasText: caption });
    await expect(figure.locator('figcaption')).toBeVisible();
    await expect(figure.locator('svg[role="img"], .de-bars').first()).toBeVisible();
    await expect(figure.locator('.island-controls').first()).toBeHidden();
  }
  await expect(page.locator('[data-panel="grid"] rect.ss-point')).toHaveCount(9);
  await context.close();
});

test('island code loads only when the island scrolls into view', async ({ page }) => {
  await page.goto('/issues/parameters-and-hyperparameters/');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => customElements.get('bayes-opt') === undefined)).toBe(true);
  await page.locator('bayes-opt').scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => customElements.get('bayes-opt') !== undefined)).toBe(true);
});

for (const theme of THEMES) {
  test(`axe finds no violations on /explore/ (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto('/explore/');
    await page.getByRole('button', { name: 'Repeat 1,000 times' }).click();
    await expectNoAxeViolations(page, `/explore/ in ${theme}`);
  });
}
