import { test as base, expect, type Page, type Request } from '@playwright/test';

/**
 * Every test page records its requests, and every test fails if any of them
 * leaves the preview server: the site must never call a third party.
 */
export const test = base.extend<{ requests: Request[] }>({
  requests: [
    async ({ page, baseURL }, use) => {
      const requests: Request[] = [];
      page.on('request', (request) => requests.push(request));
      await use(requests);
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign = requests
        .map((r) => r.url())
        .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
      expect(foreign, 'requests to hosts other than the preview server').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Script URLs the page fetched, as paths without their content hashes. */
export function scriptFiles(requests: Request[]): string[] {
  return requests.filter((r) => r.resourceType() === 'script').map((r) => new URL(r.url()).pathname.replace(/\.[\w-]{8}\.js$/, '.js'));
}

export async function inlineScriptCount(page: Page): Promise<number> {
  return page.locator('script:not([src]):not([type="application/ld+json"])').count();
}
