import { test as base, expect, type Page, type Request } from '@playwright/test';

/**
 * Fails the test if any of these URLs left the preview server: the site must never call a third
 * party. `check` is `expect.soft` where the test should go on to report more.
 */
export function expectNoForeignRequests(urls: readonly string[], baseURL: string | undefined, check = expect): void {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign = urls.filter((url) => !/^(data|blob|about):/.test(url) && new URL(url).origin !== origin);
  check(foreign, 'requests to hosts other than the preview server').toEqual([]);
}

/** Every test page records its requests, and every test fails if any of them leaves the preview server. */
export const test = base.extend<{ requests: Request[] }>({
  requests: [
    async ({ page, baseURL }, use) => {
      const requests: Request[] = [];
      page.on('request', (request) => requests.push(request));
      await use(requests);
      expectNoForeignRequests(
        requests.map((r) => r.url()),
        baseURL,
      );
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
