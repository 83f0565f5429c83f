import { existsSync } from 'node:fs';

/**
 * The one description of the browser that the end-to-end tests, Lighthouse and
 * the benchmark drive: Debian's Chromium where it is installed (CI installs it),
 * otherwise the caller falls back to Playwright's own build.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumPath: string | undefined = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;

/**
 * Root needs --no-sandbox. The rest keep Chromium from phoning home on a closed
 * network: Debian's wrapper turns on Google sign-in and remote extensions, whose
 * look-ups only the resolver rule stops; the site under test is served locally.
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/**
 * The tests open hundreds of pages one after another in one tab and never go back. By default
 * Chromium gives each such navigation a new renderer process and keeps the page left behind in its
 * back/forward cache; that made an accessibility scan of a page about a third more expensive.
 */
export const testChromiumArgs: readonly string[] = [
  ...chromiumArgs,
  '--disable-features=BackForwardCache,ProactivelySwapBrowsingInstance,RenderDocument',
];
