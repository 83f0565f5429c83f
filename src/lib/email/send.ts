/**
 * Sending an issue's email edition: what must be true before anything is sent,
 * and the message itself. The CLI (scripts/email.ts) reads files and talks to
 * SMTP; these functions decide, so that every refusal is tested.
 */
import type Mail from 'nodemailer/lib/mailer';
import { publicationState } from '../content/publication.ts';

export interface IssueFile {
  slug: string;
  file: string;
  draft: boolean;
  published: Date;
}

export interface SendRequest {
  slug: string | undefined;
  to: string[];
  dryRun: boolean;
  smtpUrl: string | undefined;
  issues: readonly IssueFile[];
  /** Whether the build wrote dist/email/<slug>/ for this slug. */
  built: (slug: string) => boolean;
  now: Date;
}

/** Why the request cannot be sent, or undefined when it can. Nothing is sent unless every check passes. */
export function sendRefusal(request: SendRequest): string | undefined {
  const { slug, to, dryRun, smtpUrl, issues, built, now } = request;
  if (!slug) return 'name the issue to send: npm run email -- send <slug> --to <address>[,<address>…]';
  const issue = issues.find((i) => i.slug === slug);
  if (!issue) {
    const known = issues.map((i) => i.slug).join(', ');
    return `no issue has the slug '${slug}' (issues: ${known})`;
  }
  const state = publicationState(issue, now);
  if (state !== 'published') {
    return `${issue.file} is ${state === 'draft' ? 'a draft (draft: true)' : `scheduled for ${issue.published.toISOString().slice(0, 10)}`}: only published issues are sent`;
  }
  if (!built(slug)) return `the email edition of '${slug}' is not built yet: run npm run build first`;
  if (to.length === 0) return 'say who receives it: --to <address>[,<address>…] (for the whole list, the list server’s posting address)';
  const bad = to.find((address) => !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(address));
  if (bad) return `'${bad}' is not an email address`;
  if (!dryRun && !smtpUrl)
    return 'SMTP_URL is not set: give the SMTP server, e.g. SMTP_URL=smtps://user:pass@smtp.example.org:465 (or use --dry-run)';
  return undefined;
}

export interface MessageInput {
  from: { name: string; address: string };
  to: string[];
  subject: string;
  html: string;
  text: string;
  unsubscribeUrl: string;
}

/**
 * The MIME message: HTML and plain-text alternatives, and the one-click
 * unsubscribe headers that Gmail and Yahoo require of bulk senders (RFC 8058).
 */
export function messageOptions(input: MessageInput): Mail.Options {
  return {
    from: input.from,
    to: input.to,
    subject: input.subject,
    html: input.html,
    text: input.text,
    headers: {
      'List-Unsubscribe': `<${input.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

/** The subject the edition was built with: its <title>. */
export function subjectOf(html: string): string | undefined {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  return title
    ?.replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .trim();
}
