import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { test, expect, type Page } from '@playwright/test';
import { doIUseEmail } from 'doiuse-email';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expectNoAxeViolations } from './axe';
import support from '../unit/email/client-support.json' with { type: 'json' };
import { site } from '../../src/site.config';

/**
 * The email edition as the build wrote it (dist/email/), served by the preview
 * server: what a subscriber's mail client receives. Its links and images are
 * absolute URLs on the public site, so the browser is pointed at the preview
 * server for that host instead.
 */
const dist = path.resolve(import.meta.dirname, '../../dist');
const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const issueSlugs = readdirSync(path.join(root, 'content/issues')).map((f) => f.replace(/^\d+-/, '').replace(/\.mdx$/, ''));
const siteOrigin = new URL(site.url).origin;

async function openEmail(page: Page, baseURL: string, slug: string): Promise<string[]> {
  const images: string[] = [];
  await page.route(`${siteOrigin}/**`, async (route) => {
    const url = route.request().url().replace(siteOrigin, baseURL);
    images.push(url);
    await route.fulfill({ response: await page.request.get(url) });
  });
  await page.goto(`/email/${slug}/index.html`);
  return images;
}

test.describe('the email edition', () => {
  test('every issue has an HTML and a plain-text edition, under the size Gmail clips at', () => {
    for (const slug of issueSlugs) {
      const html = path.join(dist, 'email', slug, 'index.html');
      const text = path.join(dist, 'email', slug, 'index.txt');
      expect(existsSync(html) && existsSync(text), slug).toBe(true);
      expect(statSync(html).size, `${slug}: HTML bytes`).toBeLessThan(100_000);
      expect(readFileSync(text, 'utf8')).toMatch(/\nLinks\n\[1\] https:\/\//);
    }
  });

  test('uses only features that Gmail, Outlook and Apple Mail support, bar the listed exceptions', () => {
    const allowed = Object.keys(support.allowed);
    for (const slug of issueSlugs) {
      const result = doIUseEmail(readFileSync(path.join(dist, 'email', slug, 'index.html'), 'utf8'), { emailClients: support.clients });
      const errors = result.success ? [] : result.errors;
      const unexpected = [...new Set(errors.filter((e) => !allowed.some((feature) => e.startsWith(`${feature} is not supported`))))];
      expect(unexpected, slug).toEqual([]);
    }
  });

  test('the email feed parses in feedparser and carries each edition whole', async ({ request }) => {
    const xml = await (await request.get('/email/rss.xml')).text();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'conundra-email-feed-')), 'feed.xml');
    writeFileSync(file, xml);
    const script = `import feedparser, json, sys
d = feedparser.parse(open(sys.argv[1], encoding='utf-8').read())
print(json.dumps({'bozo': int(d.bozo), 'version': d.version, 'entries': [(e.get('content') or [{}])[0].get('value', '') for e in d.entries]}))`;
    const parsed = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
    expect(parsed.bozo).toBe(0);
    expect(parsed.version).toBe('rss20');
    expect(parsed.entries).toHaveLength(issueSlugs.length);
    for (const content of parsed.entries as string[]) {
      expect(content).toContain('Read on the site');
      expect(content).toContain('{{ UnsubscribeURL }}');
    }
  });

  test('is kept out of the sitemap and the search index', () => {
    const sitemap = readdirSync(dist)
      .filter((f) => f.startsWith('sitemap'))
      .map((f) => readFileSync(path.join(dist, f), 'utf8'))
      .join('');
    expect(sitemap).toContain('/issues/parameters-and-hyperparameters/');
    expect(sitemap).not.toContain('/email/');
    // Each Pagefind fragment is one indexed page: gzip, then a "pagefind_dcd" marker before its JSON.
    const fragments = path.join(dist, 'pagefind/fragment');
    const urls = readdirSync(fragments).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(path.join(fragments, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ).url as string,
    );
    expect(urls).toContain('/issues/parameters-and-hyperparameters/');
    expect(urls.filter((u) => u.includes('/email/'))).toEqual([]);
  });

  for (const width of [600, 320]) {
    test(`issue one reads at ${width} px without sideways scrolling, and every image loads from the site`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width, height: 900 });
      const images = await openEmail(page, baseURL!, 'parameters-and-hyperparameters');
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const broken = await page
        .locator('img')
        .evaluateAll((imgs) => (imgs as HTMLImageElement[]).filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src));
      expect(broken).toEqual([]);
      // 3 figures and dozens of formulas, each fetched from the preview server.
      expect(images.filter((u) => u.includes('/email/figures/'))).toHaveLength(3);
      expect(images.filter((u) => u.includes('/email/math/')).length).toBeGreaterThan(20);
    });
  }

  test('has no accessibility violations', async ({ page, baseURL }) => {
    // A long message with dozens of images: axe takes its time.
    test.setTimeout(90_000);
    await openEmail(page, baseURL!, 'training-validation-and-test-sets');
    await expectNoAxeViolations(page, 'email edition of issue 5');
  });
});

test.describe('sending', () => {
  // One SMTP server and one mailbox for the group: what arrives is counted across its tests.
  test.describe.configure({ mode: 'serial' });
  let server: SMTPServer;
  let port = 0;
  const received: ParsedMail[] = [];

  test.beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as { port: number }).port;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const email = (args: string[], env: Record<string, string | undefined>) =>
    run('node', ['scripts/email.ts', ...args], { cwd: root, env: { ...process.env, ...env } });

  test('npm run email -- send delivers the issue over SMTP with both parts and one-click unsubscribe', async () => {
    await email(['send', 'parameters-and-hyperparameters', '--to', 'test@example.org'], { SMTP_URL: `smtp://127.0.0.1:${port}` });
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.subject).toBe('Conundra #1: Parameters and hyperparameters');
    expect(mail.from?.value[0]?.address).toBeTruthy();
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line;
    expect(header('list-unsubscribe')).toBe('List-Unsubscribe: <{{ UnsubscribeURL }}>');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(mail.html).toContain('Parameters and hyperparameters');
    expect(mail.text).toContain('$k^d$');
    const images = [...String(mail.html).matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThan(20);
    for (const src of images) {
      expect(src.startsWith(site.url)).toBe(true);
      expect(existsSync(path.join(dist, new URL(src).pathname)), src).toBe(true);
    }
  });

  test('--dry-run writes the message to message.eml instead of sending', async () => {
    const { stdout } = await email(['send', 'prediction-and-causation', '--to', 'test@example.org', '--dry-run'], { SMTP_URL: undefined });
    expect(stdout).toContain('message.eml');
    const mail = await simpleParser(readFileSync(path.join(dist, 'email/prediction-and-causation/message.eml')));
    expect(mail.subject).toBe('Conundra #7: Prediction and causation');
    expect(received).toHaveLength(1);
  });

  test.describe('refuses, and sends nothing, when', () => {
    for (const [name, args, env, message] of [
      [
        'SMTP_URL is missing',
        ['send', 'parameters-and-hyperparameters', '--to', 'a@example.org'],
        { SMTP_URL: undefined },
        /SMTP_URL is not set/,
      ],
      ['the slug is unknown', ['send', 'no-such-issue', '--to', 'a@example.org'], {}, /no issue has the slug 'no-such-issue'/],
    ] as const) {
      test(name, async () => {
        const error = await email([...args], { SMTP_URL: `smtp://127.0.0.1:${port}`, ...env }).then(
          () => undefined,
          (e: { stderr: string; code: number }) => e,
        );
        expect(error?.code).toBe(1);
        expect(error?.stderr).toMatch(message);
        expect(received).toHaveLength(1);
      });
    }
  });
});

test.describe('subscribing without an endpoint', () => {
  test('no page has a subscribe form, and /subscribe/ offers the feeds', async ({ page }) => {
    const withForm = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html') && readFileSync(path.join(dist, f), 'utf8').includes('class="subscribe'));
    expect(withForm).toEqual([]);
    await page.goto('/subscribe/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Subscribe');
    for (const feed of ['RSS', 'JSON Feed', 'Email edition (RSS)'])
      await expect(page.getByRole('link', { name: feed, exact: true })).toBeVisible();
    await expect(page.locator('form')).toHaveCount(1); // the search form only
    expect((await page.request.get('/subscribe/confirmed/')).status()).toBe(404);
  });
});
