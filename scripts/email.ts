/**
 * The email edition from the command line:
 *   npm run email -- preview <slug>             build it, drafts included, and print the files' paths
 *   npm run email -- send <slug> --to a@b.org   send it through SMTP_URL (or --dry-run to write message.eml)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { readFrontmatter } from '../src/lib/content/frontmatter-source.ts';
import { issueSlug } from '../src/lib/content/issues.ts';
import { messageOptions, sendRefusal, subjectOf, type IssueFile } from '../src/lib/email/send.ts';
import { contentDir, newsletter } from '../src/site.config.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env['OUT_DIR'] ?? 'dist');

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { to: { type: 'string', default: '' }, 'dry-run': { type: 'boolean', default: false } },
});
const [command, slug] = positionals;

function fail(message: string): never {
  console.error(`email: ${message}`);
  process.exit(1);
}

function issueFiles(): IssueFile[] {
  const dir = path.join(contentDir, 'issues');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const file = path.relative(root, path.join(dir, f));
      const { data } = readFrontmatter(file, readFileSync(path.join(dir, f), 'utf8'));
      return {
        slug: issueSlug(f.replace(/\.mdx$/, '')),
        file,
        draft: data['draft'] === true,
        published: new Date(typeof data['published'] === 'string' ? data['published'] : 0),
      };
    });
}

const editionDir = (base: string, s: string) => path.join(base, 'email', s);

async function send(): Promise<void> {
  const to = values.to
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const dryRun = values['dry-run'];
  const refusal = sendRefusal({
    slug,
    to,
    dryRun,
    smtpUrl: process.env['SMTP_URL'],
    issues: issueFiles(),
    built: (s) => existsSync(path.join(editionDir(outDir, s), 'index.html')),
    now: new Date(),
  });
  if (refusal) fail(refusal);
  const dir = editionDir(outDir, slug!);
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const options = messageOptions({
    from: newsletter.from,
    to,
    subject: subjectOf(html) ?? slug!,
    html,
    text: readFileSync(path.join(dir, 'index.txt'), 'utf8'),
    unsubscribeUrl: newsletter.unsubscribeUrl,
  });
  if (dryRun) {
    const info = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }).sendMail(options);
    const file = path.join(dir, 'message.eml');
    writeFileSync(file, info.message as Buffer);
    console.log(`Wrote ${path.relative(root, file)} (not sent).`);
    return;
  }
  const transport = nodemailer.createTransport(process.env['SMTP_URL']!);
  const info = await transport.sendMail(options);
  console.log(`Sent “${options.subject}” to ${to.join(', ')} (message id ${info.messageId}).`);
}

function preview(): void {
  if (!slug) fail('name the issue to preview: npm run email -- preview <slug>');
  const known = issueFiles().map((i) => i.slug);
  if (!known.includes(slug)) fail(`no issue has the slug '${slug}' (issues: ${known.join(', ')})`);
  // Drafts included, in a folder and cache of its own, so the production build and its caches never see them.
  const previewDir = path.join(root, '.email-preview');
  mkdirSync(previewDir, { recursive: true });
  execFileSync('npx', ['astro', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PREVIEW_DRAFTS: '1', OUT_DIR: previewDir, CACHE_DIR: path.join(root, 'node_modules/.astro-email-preview') },
  });
  const dir = editionDir(previewDir, slug);
  console.log(
    `Email edition of '${slug}':\n  ${path.relative(process.cwd(), path.join(dir, 'index.html'))}\n  ${path.relative(process.cwd(), path.join(dir, 'index.txt'))}`,
  );
  console.log(`To see it with its images while you write, run npm run dev and open /email/preview/${slug}/`);
}

if (command === 'send') await send();
else if (command === 'preview') preview();
else fail('usage: npm run email -- preview <slug> | npm run email -- send <slug> --to <address>[,<address>…] [--dry-run]');
