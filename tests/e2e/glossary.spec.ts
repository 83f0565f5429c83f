import { test, expect } from './fixtures';
import { publishedTermFiles } from './content';

const terms = publishedTermFiles();
const letterOf = (term: string) => {
  const first = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
};

test('the glossary has at least 60 published terms and links to every one', async ({ page }) => {
  expect(terms.length).toBeGreaterThanOrEqual(60);
  await page.goto('/glossary/');
  const hrefs = await page.locator('.glossary-entry dt a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs)).toEqual(new Set(terms.map((t) => `/glossary/${t.slug}/`)));
});

test('the A–Z index counts match the content, and empty letters are disabled', async ({ page }) => {
  await page.goto('/glossary/');
  const expected = new Map<string, number>();
  for (const t of terms) expected.set(letterOf(t.term), (expected.get(letterOf(t.term)) ?? 0) + 1);
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    const jump = page.getByRole('navigation', { name: 'Jump to letter' }).getByText(letter, { exact: true });
    const count = expected.get(letter) ?? 0;
    if (count === 0) {
      await expect(jump).toHaveAttribute('aria-disabled', 'true');
      await expect(page.locator(`#letter-${letter.toLowerCase()}`)).toHaveCount(0);
    } else {
      await expect(jump).toHaveAttribute('href', `#letter-${letter.toLowerCase()}`);
      const group = page.locator('.letter-group').filter({ has: page.locator(`#letter-${letter.toLowerCase()}`) });
      await expect(group.locator('.glossary-entry'), `terms under ${letter}`).toHaveCount(count);
    }
  }
});

test('the category filter narrows the list without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/glossary/');
  const entries = page.locator('.glossary-entry');
  const total = await entries.count();
  await page.getByRole('radio', { name: /^Evaluation/ }).check();
  const shown = await entries.evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.getAttribute('data-category')));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(total);
  expect(new Set(shown)).toEqual(new Set(['evaluation']));
  await page.getByRole('radio', { name: /^Everything/ }).check();
  await expect(entries.locator('visible=true')).toHaveCount(total);
  await context.close();
});

test('every term page has a unique title, its definition as description, and valid JSON-LD', async ({ request }) => {
  const titles = new Set<string>();
  for (const term of terms) {
    const html = await (await request.get(`/glossary/${term.slug}/`)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title).toBe(`${term.term}: Conundra glossary`.replace(/&/g, '&amp;'));
    titles.add(title);
    expect(html).toContain(`<link rel="canonical" href="https://conundra.github.io/glossary/${term.slug}/">`);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? ''));
    expect(blocks).toHaveLength(1);
    const graph = blocks[0]['@graph'] as Record<string, unknown>[];
    const defined = graph.find((n) => n['@type'] === 'DefinedTerm');
    expect(defined, term.slug).toMatchObject({
      name: term.term,
      description: term.short,
      url: `https://conundra.github.io/glossary/${term.slug}/`,
      inDefinedTermSet: { '@type': 'DefinedTermSet', url: 'https://conundra.github.io/glossary/' },
    });
    if (term.aliases.length > 0) expect(defined?.['alternateName']).toEqual(term.aliases);
    const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList') as { itemListElement: unknown[] };
    expect(crumbs.itemListElement).toHaveLength(3);
  }
  expect(titles.size).toBe(terms.length);
});

test('a term page shows exactly what its structured data says', async ({ page }) => {
  await page.goto('/glossary/k-nearest-neighbours/');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  const defined = ld['@graph'].find((n: { '@type': string }) => n['@type'] === 'DefinedTerm');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(defined.name);
  await expect(page.locator('.short')).toHaveText(defined.description);
  for (const alias of ['kNN', 'k-NN']) {
    expect(defined.alternateName).toContain(alias);
    await expect(page.locator('.aliases')).toContainText(alias);
  }
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', defined.description);
});

test('the hyperparameter page lists issue one under "Appears in", and its related terms', async ({ page }) => {
  await page.goto('/glossary/hyperparameter/');
  const appears = page.getByRole('region', { name: 'Appears in' });
  await expect(appears.getByRole('link', { name: 'Parameters and hyperparameters' })).toHaveAttribute(
    'href',
    '/issues/parameters-and-hyperparameters/',
  );
  const related = page.getByRole('region', { name: 'Related terms' });
  await expect(related.getByRole('link', { name: 'Parameter', exact: true })).toHaveAttribute('href', '/glossary/parameter/');
  await expect(page.getByRole('navigation', { name: 'Neighbouring terms' }).getByRole('link')).toHaveCount(2);
});

test('every term page is two clicks from the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL('/glossary/');
  await page.getByRole('link', { name: 'Learning rate', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learning rate');
});

test.describe('term links in an issue', () => {
  const ISSUE_ONE = '/issues/parameters-and-hyperparameters/';

  test('are real links to the term pages without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ISSUE_ONE);
    const link = page.locator('a.term-link[data-term="hyperparameter"]').first();
    await expect(link).toHaveAttribute('href', '/glossary/hyperparameter/');
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hyperparameter');
    await context.close();
  });

  test('show the definition on keyboard focus, announced as a description, and close on Esc', async ({ page }) => {
    await page.goto(ISSUE_ONE);
    const hyper = terms.find((t) => t.slug === 'hyperparameter');
    const link = page.locator('a.term-link[data-term="hyperparameter"]').first();
    await link.focus();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(hyper?.short ?? '');
    await expect(link).toHaveAccessibleDescription(
      new RegExp(`Hyperparameter\\s*${(hyper?.short ?? '').slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(link).toBeFocused();
    await expect(link).not.toHaveAttribute('aria-describedby');
  });

  test('show the definition on hover and stay while the pointer moves onto it', async ({ page }) => {
    await page.goto(ISSUE_ONE);
    const link = page.locator('a.term-link[data-term="parameter"]').first();
    await link.hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Parameter');
    await tooltip.hover();
    await page.waitForTimeout(400);
    await expect(tooltip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tooltip).toBeHidden();
  });

  test('on touch, the first tap shows the definition and the second opens the term', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(ISSUE_ONE);
    const link = page.locator('a.term-link[data-term="learning-rate"]').first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(page.getByRole('tooltip')).toContainText('Tap the term again');
    await expect(page).toHaveURL(ISSUE_ONE);
    await link.tap();
    await expect(page).toHaveURL('/glossary/learning-rate/');
    await context.close();
  });
});
