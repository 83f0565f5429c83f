import { test, expect, scriptFiles, inlineScriptCount } from './fixtures';

const ISSUE_ONE = '/issues/parameters-and-hyperparameters/';

test('the home page features the latest issue and lists issue one', async ({ page }) => {
  await page.goto('/');
  const latest = page.getByRole('region', { name: 'Latest issue' });
  await expect(latest.locator('.eyebrow')).toHaveText(/^Conundra #\d+$/);
  const earlier = page.getByRole('region', { name: 'Earlier issues' });
  await expect(earlier.getByText('Conundra #1', { exact: true })).toBeVisible();
  await earlier.getByRole('link', { name: 'Parameters and hyperparameters' }).click();
  await expect(page).toHaveURL(ISSUE_ONE);
});

test('the archive lists issues newest first', async ({ page }) => {
  await page.goto('/issues/');
  await expect(page.getByRole('heading', { level: 1, name: 'All issues' })).toBeVisible();
  const labels = await page.locator('.issue-card .eyebrow').allTextContents();
  const numbers = labels.map((l) => Number(l.replace(/\D+/g, '')));
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
});

test('an issue shows its title, number, date, contents and references', async ({ page }) => {
  await page.goto(ISSUE_ONE);
  await expect(page).toHaveTitle('Parameters and hyperparameters | Conundra');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parameters and hyperparameters');
  await expect(page.getByText('Conundra #1', { exact: true })).toBeVisible();
  await expect(page.locator('.byline time').first()).toHaveAttribute('datetime', '2026-10-12');
  await expect(page.locator('.byline')).toContainText('min read');
  const toc = page.getByRole('navigation', { name: 'In this issue' });
  await expect(toc.getByRole('link')).not.toHaveCount(0);
  const references = page.getByRole('region', { name: 'References' });
  await expect(references.getByRole('listitem')).not.toHaveCount(0);
  await expect(references.getByRole('link', { name: 'doi:10.1080/00401706.1970.10488634' })).toHaveAttribute(
    'href',
    'https://doi.org/10.1080/00401706.1970.10488634',
  );
});

test('a table-of-contents link jumps to its section', async ({ page }) => {
  await page.goto(ISSUE_ONE);
  const first = page.getByRole('navigation', { name: 'In this issue' }).getByRole('link').first();
  const target = (await first.getAttribute('href')) ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test('equations render as KaTeX with MathML for screen readers', async ({ page }) => {
  await page.goto(ISSUE_ONE);
  const display = page.locator('.katex-display');
  expect(await display.count()).toBeGreaterThanOrEqual(2);
  await expect(display.first().locator('math')).toHaveCount(1);
  await expect(display.first().locator('annotation[encoding="application/x-tex"]')).toContainText('\\arg\\min');
  // The stylesheet is self-hosted and its fonts load from this server.
  const fontFamily = await display
    .first()
    .locator('.katex-html')
    .evaluate((el) => getComputedStyle(el.querySelector('.mord') ?? el).fontFamily);
  expect(fontFamily).toContain('KaTeX');
});

test('pages without math do not load the KaTeX stylesheet', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('link[rel="stylesheet"][href*="katex"]')).toHaveCount(0);
  await page.goto(ISSUE_ONE);
  await expect(page.locator('link[rel="stylesheet"][href*="katex"]')).toHaveCount(1);
});

test('the theme toggle switches theme and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe(dark);
  await page.goto('/about/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the theme follows the operating system until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  expect(scheme).toContain('dark');
});

test('an unknown path returns the styled 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  await expect(page.getByRole('link', { name: 'All issues' }).first()).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(ISSUE_ONE);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement));
  expect(focusedInMain).toBe(true);
});

test('the about page renders from content', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Conundra');
  await expect(page.getByRole('link', { name: 'About' }).first()).toHaveAttribute('aria-current', 'page');
});

test('a phone-width page has no horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', ISSUE_ONE, '/issues/', '/about/', '/explore/', '/glossary/', '/search/', '/issues/accuracy-auc-and-auprc/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});

/**
 * The JavaScript budget, page type by page type: the inline theme script, the
 * search launcher (with the helpers it shares with the search element), and
 * each page's own islands. Anything else is a regression.
 */
const LAUNCHER = ['/_astro/SearchDialog.astro_astro_type_script_index_0_lang.js', '/_astro/preload-helper.js'];
/** Each island's loader waits, with when-visible, until the island nears the viewport before fetching its code. */
const QUIZ = ['/_astro/QuizCheck.astro_astro_type_script_index_0_lang.js', '/_astro/when-visible.js'];
const ISSUE_PAGE = [
  '/_astro/TermPopovers.astro_astro_type_script_index_0_lang.js',
  '/_astro/ShareLinks.astro_astro_type_script_index_0_lang.js',
  '/_astro/CopyMarkdown.astro_astro_type_script_index_0_lang.js',
];
const ISSUE_ONE_ISLANDS = [
  '/_astro/SearchStrategies.astro_astro_type_script_index_0_lang.js',
  '/_astro/BayesOpt.astro_astro_type_script_index_0_lang.js',
  '/_astro/DimensionExplosion.astro_astro_type_script_index_0_lang.js',
  '/_astro/QuizCheck.astro_astro_type_script_index_0_lang.js',
  '/_astro/when-visible.js',
];
const SCRIPTS: Record<string, string[]> = {
  '/': LAUNCHER,
  '/issues/': LAUNCHER,
  '/glossary/': LAUNCHER,
  '/glossary/hyperparameter/': LAUNCHER,
  '/about/': LAUNCHER,
  '/no-such-page/': LAUNCHER,
  [ISSUE_ONE]: [...ISSUE_PAGE, ...ISSUE_ONE_ISLANDS, ...LAUNCHER],
  '/issues/training-validation-and-test-sets/': [...ISSUE_PAGE, ...QUIZ, ...LAUNCHER],
  '/search/': ['/_astro/search.astro_astro_type_script_index_0_lang.js', ...LAUNCHER, '/_astro/element.js'],
};

for (const [path, expected] of Object.entries(SCRIPTS)) {
  test(`${path} loads only its named scripts and the inline theme script`, async ({ page, requests }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scriptFiles(requests).sort()).toEqual([...expected].sort());
    expect(await inlineScriptCount(page)).toBe(1);
  });
}
