import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.ts';

/**
 * Lighthouse in its default mobile emulation, driving the same Chromium the
 * Playwright tests use: Debian's where it is installed, otherwise Playwright's.
 * The end-to-end gate and the benchmark both go through here.
 */
export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface LighthouseRun {
  lhr: Result;
  /** Every URL the audited page requested, so callers can check nothing left the server. */
  requestedUrls: string[];
}

export async function runLighthouse(url: string, categories: Category[]): Promise<LighthouseRun> {
  const chrome = await launch({
    chromePath: chromiumPath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: categories, logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    const requestedUrls = result.artifacts.DevtoolsLog.flatMap((event) =>
      event.method === 'Network.requestWillBeSent' ? [event.params.request.url] : [],
    );
    return { lhr: result.lhr, requestedUrls };
  } finally {
    chrome.kill();
  }
}
