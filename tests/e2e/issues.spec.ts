import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';

const issueDir = path.resolve(import.meta.dirname, '../../content/issues');
const slugs = readdirSync(issueDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, '').replace(/^\d+[-_]/, ''));

test('seven issues are published, in order, on the series archive', async ({ page }) => {
  expect(slugs.length).toBeGreaterThanOrEqual(7);
  await page.goto('/issues/');
  const labels = await page.locator('.issue-card .eyebrow').allTextContents();
  expect(labels).toEqual(slugs.map((_, i) => `Conundra #${slugs.length - i}`));
});

for (const slug of slugs) {
  test(`${slug} renders with its references, key points and quiz`, async ({ page }) => {
    await page.goto(`/issues/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Key points' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'References' }).getByRole('listitem').first()).toBeVisible();
    const quiz = page.getByRole('region', { name: 'Check your understanding' });
    const questions = quiz.locator('fieldset');
    expect(await questions.count()).toBeGreaterThanOrEqual(3);
    expect(await questions.count()).toBeLessThanOrEqual(5);
    expect(await page.locator('.katex-display math').count()).toBeGreaterThanOrEqual(1);
  });
}

test('the quiz works from the keyboard, explains each answer, and survives a reload', async ({ page }) => {
  await page.goto('/issues/sensitivity-specificity-precision-and-recall/');
  const quiz = page.locator('quiz-check');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Reset my answers' })).toBeVisible();
  const first = quiz.locator('[data-question]').first();
  const radios = first.getByRole('radio');
  await radios.first().focus();
  await page.keyboard.press('Space');
  const feedback = first.locator('[data-feedback]');
  await expect(feedback).toBeVisible();
  await expect(feedback).toHaveText(/^(Correct|Not quite)\. /);
  await page.keyboard.press('ArrowDown');
  await expect(radios.nth(1)).toBeChecked();
  const answerText = await feedback.textContent();
  const score = await quiz.locator('[data-score]').textContent();
  expect(score).toMatch(/of \d+ correct, 1 answered/);

  await page.reload();
  await quiz.scrollIntoViewIfNeeded();
  await expect(radios.nth(1)).toBeChecked();
  await expect(feedback).toHaveText(answerText ?? '');
  await quiz.getByRole('button', { name: 'Reset my answers' }).click();
  await expect(radios.nth(1)).not.toBeChecked();
  await expect(feedback).toBeHidden();
  await page.reload();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.locator('[data-score]')).toHaveText(/questions$/);
});

test('a correct answer says so, and the right option is marked in words, not colour alone', async ({ page }) => {
  await page.goto('/issues/parameters-and-hyperparameters/');
  const quiz = page.locator('quiz-check');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Reset my answers' })).toBeVisible();
  const first = quiz.locator('[data-question]').first();
  const correct = Number(await first.getAttribute('data-correct'));
  await first.getByRole('radio').nth(correct).check();
  await expect(first.locator('[data-feedback]')).toHaveText(/^Correct\. /);
  expect(await first.locator(`[data-option="${correct}"] .quiz-mark`).evaluate((el) => getComputedStyle(el, '::after').content)).toContain(
    'right',
  );
});

test('without JavaScript, each answer waits in a details element', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/issues/discrimination-and-calibration/');
  const details = page.locator('quiz-check details').first();
  await expect(details).toBeVisible();
  await details.locator('summary').click();
  await expect(details).toContainText(/^Show the answer\s*Answer [A-E]:/);
  await context.close();
});

test('quiz text is kept out of the search index', async ({ page }) => {
  await page.goto('/issues/parameters-and-hyperparameters/');
  await expect(page.locator('section.quiz')).toHaveAttribute('data-pagefind-ignore', 'all');
});

test('the issue-4 prevalence explorer reproduces the worked example and moves with prevalence', async ({ page }) => {
  await page.goto('/issues/sensitivity-specificity-precision-and-recall/');
  const island = page.locator('prevalence-explorer');
  await island.scrollIntoViewIfNeeded();
  await expect(island.locator('[data-out="ppv"]')).toHaveText('8.3%');
  const prevalence = island.getByRole('slider', { name: /Prevalence/ });
  await prevalence.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(prevalence).toHaveAttribute('aria-valuetext', '10% prevalence');
  await expect(island.locator('[data-out="ppv"]')).toHaveText('50.0%');
  await expect(island.locator('p[role="status"]')).toHaveText(/At 10% prevalence/);
});

test('the issue-5 threshold slider moves the confusion matrix', async ({ page }) => {
  await page.goto('/issues/accuracy-auc-and-auprc/');
  const island = page.locator('roc-threshold');
  await island.scrollIntoViewIfNeeded();
  const before = await island.locator('[data-out="tp"]').textContent();
  const slider = island.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('PageDown');
  await expect(island.locator('[data-out="tp"]')).not.toHaveText(before ?? '');
  await expect(island.locator('p[role="status"]')).toHaveText(/^Threshold /);
});

test('the issue-6 reliability diagram keeps ranking but loses calibration', async ({ page }) => {
  await page.goto('/issues/discrimination-and-calibration/');
  const island = page.locator('reliability-diagram');
  await island.scrollIntoViewIfNeeded();
  const brier = Number(await island.locator('[data-out="brier"]').textContent());
  const slider = island.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', /too high on average, and too extreme/);
  await expect.poll(async () => Number(await island.locator('[data-out="brier"]').textContent())).toBeGreaterThan(brier);
});
