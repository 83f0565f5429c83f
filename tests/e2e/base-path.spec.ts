import { test, expect } from './fixtures';
import { createServer } from 'node:http';

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

/**
 * The base-path build also has a subscribe endpoint (SUBSCRIBE_URL in npm run build:base):
 * a small list service on 127.0.0.1:4398 stands in for listmonk.
 */
test('the subscribe form posts exactly the configured fields without JavaScript, and the CSP lets it', async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const posts: URLSearchParams[] = [];
  const service = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      posts.push(new URLSearchParams(body));
      response.writeHead(303, { Location: `${baseURL}/conundra/subscribe/check-your-inbox/` }).end();
    });
  });
  await new Promise<void>((resolve) => service.listen(4398, '127.0.0.1', resolve));
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
  try {
    await page.goto(`${baseURL}/conundra/subscribe/`);
    const form = page.getByRole('main').getByRole('form', { name: 'Get each issue by email' });
    await form.getByLabel('Email address').fill('reader@example.org');
    await form.getByLabel('Name (optional)').fill('A. Reader');
    await expect(form.getByText('We email you once to confirm')).toBeVisible();
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page).toHaveURL(/\/conundra\/subscribe\/check-your-inbox\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
    expect(posts.map((p) => [...p.entries()])).toEqual([
      [
        ['email', 'reader@example.org'],
        ['name', 'A. Reader'],
        ['l', 'conundra'],
      ],
    ]);
    expect(violations).toEqual([]);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("form-action 'self' http://127.0.0.1:4398");
    // The same form closes every issue and sits in the footer.
    await page.goto(`${baseURL}/conundra/issues/parameters-and-hyperparameters/`);
    await expect(page.locator('form.subscribe')).toHaveCount(2);
    for (const step of ['confirmed', 'unsubscribed']) {
      expect((await page.request.get(`${baseURL}/conundra/subscribe/${step}/`)).status()).toBe(200);
    }
  } finally {
    await context.close();
    await new Promise((resolve) => service.close(resolve));
  }
});
