import { test, expect } from './fixtures';
import { expectNoAxeViolations, THEMES, useTheme } from './axe';

test.describe('grid against random search', () => {
  test('moving the budget slider with the keyboard updates the read-outs and the status', async ({ page }) => {
    await page.goto('/explore/');
    const island = page.locator('search-strategies');
    const budget = island.getByRole('slider', { name: /Trial budget/ });
    await expect(budget).toBeVisible();
    await expect(island.locator('[data-out="grid-distinct"]').first()).toHaveText('3');
    await expect(island.locator('[data-out="random-distinct"]').first()).toHaveText('9');
    await budget.focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    await expect(budget).toHaveAttribute('aria-valuetext', '16 trials');
    await expect(island.locator('[data-out="grid-distinct"]').first()).toHaveText('4');
    await expect(island.locator('[data-out="random-distinct"]').first()).toHaveText('16');
    // The table follows the controls too (SS-9).
    await expect(island.locator('td[data-out="grid-trials"]')).toHaveText('16');
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
    await expect(importance).toHaveAttribute('aria-valuetext', 'y barely matters (5% as much as x)');
    await expect(page.locator('[data-panel="grid"] svg text').filter({ hasText: 'y (barely matters)' })).toHaveCount(1);
  });

  test('a shared seed in the address reproduces the layout', async ({ page, browser }) => {
    await page.goto('/explore/');
    await page.getByRole('button', { name: 'New random draw' }).click();
    // The address keeps an anchor before the view, so a shared link still scrolls to the figure (EX-4).
    await expect(page).toHaveURL(/#grid-vs-random-figure&seed=\d+&budget=9&importance=0$/);
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
      /In 1,000 searches, a 3×3 grid \(9 trials\), placed at a random offset each time, reached the top 5% of the space \d+% of the time; 9 random trials did so \d+% of the time\./,
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

  test('a vanishing q typed into the solver answers at once instead of hanging the tab (SS-1)', async ({ page }) => {
    await page.goto('/explore/');
    const out = page.locator('search-strategies [data-out="trials"]');
    await page.getByLabel('Best fraction of the space').fill('1e-14');
    await expect(out).toHaveText(/^2,995 random trials .*\(using the nearest values the figure allows\)/);
    await page.getByLabel('Best fraction of the space').fill('');
    await expect(out).toHaveText('Enter two percentages, such as 5 and 95.');
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

test('the hidden-curve legend item follows its checkbox (BO-7)', async ({ page }) => {
  await page.goto('/explore/');
  const island = page.locator('bayes-opt');
  await island.scrollIntoViewIfNeeded();
  await expect(island.locator('[data-legend="truth"]')).toBeVisible();
  await island.getByLabel('Show the hidden curve').uncheck();
  await expect(island.locator('[data-legend="truth"]')).toBeHidden();
  await expect(island.locator('polyline.bo-truth')).toHaveCount(0);
});

test('the ROC figure opens on issue 5’s worked example', async ({ page }) => {
  await page.goto('/explore/');
  const island = page.locator('roc-threshold');
  await island.scrollIntoViewIfNeeded();
  const cells = ['tp', 'fp', 'fn', 'tn'].map((key) => island.locator(`[data-out="${key}"]`));
  for (const [cell, value] of cells.map((c, i) => [c, ['140', '980', '60', '8,820'][i]] as const)) await expect(cell).toHaveText(value!);
  for (const [key, value] of Object.entries({ sensitivity: '70.0%', specificity: '90.0%', precision: '12.5%', accuracy: '89.6%' })) {
    await expect(island.locator(`[data-out="${key}"]`)).toHaveText(value);
  }
  const slider = island.getByRole('slider', { name: /Alert when the score is above/ });
  await expect(slider).toHaveAttribute('aria-valuetext', 'score threshold 1.28, false positive rate 10.0%');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(island.locator('[data-out="sensitivity"]')).toHaveText('> 99.9%');
  await expect(island.locator('p[role="status"]')).toHaveText(/\d,\d{3} alerts per 10,000 admissions/);
});

test('the prevalence table adds up at the rarest prevalence (PE-1, PE-2)', async ({ page }) => {
  await page.goto('/explore/');
  const island = page.locator('prevalence-explorer');
  await island.scrollIntoViewIfNeeded();
  const prevalence = island.getByRole('slider', { name: /Prevalence/ });
  await prevalence.focus();
  await page.keyboard.press('Home');
  const sensitivity = island.getByRole('slider', { name: /Sensitivity/ });
  await sensitivity.focus();
  for (let i = 0; i < 35; i++) await page.keyboard.press('ArrowLeft');
  await expect(sensitivity).toHaveAttribute('aria-valuetext', '55% sensitivity');
  // 10 people with the disease: 5.5 true positives and 4.5 false negatives, which cell-by-cell rounding made 6 + 5.
  const count = async (key: string) => Number((await island.locator(`[data-out="${key}"]`).textContent())!.replace(/,/g, ''));
  await expect(island.locator('[data-out="diseased"]')).toHaveText('10');
  expect((await count('tp')) + (await count('fn'))).toBe(10);
  expect((await count('tp')) + (await count('fp')) + (await count('fn')) + (await count('tn'))).toBe(10_000);
  // The review's example: NPV 99.95% with false negatives in the table must not read 100.0%.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  const specificity = island.getByRole('slider', { name: /Specificity/ });
  await specificity.focus();
  await page.keyboard.press('End');
  await expect(island.locator('[data-out="npv"]')).toHaveText('> 99.9%');
  expect(await count('fn')).toBeGreaterThan(0);
});

test('the islands’ server-rendered markup has no style attribute (CSP without unsafe-inline)', async ({ request }) => {
  for (const path of ['/explore/', '/issues/parameters-and-hyperparameters/', '/issues/accuracy-auc-and-auprc/']) {
    const html = await (await request.get(path)).text();
    const figures = html.match(/<figure class="island[\s\S]*?<\/figure>/g) ?? [];
    expect(figures.length, path).toBeGreaterThan(0);
    for (const figure of figures) expect(figure, path).not.toMatch(/\sstyle=/);
  }
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
