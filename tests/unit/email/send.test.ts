import { describe, expect, it } from 'vitest';
import { messageOptions, sendRefusal, subjectOf, type SendRequest } from '../../../src/lib/email/send';

const now = new Date('2026-12-01T12:00:00Z');
const base: SendRequest = {
  slug: 'parameters-and-hyperparameters',
  to: ['reader@example.org'],
  dryRun: false,
  smtpUrl: 'smtp://127.0.0.1:2525',
  issues: [
    {
      slug: 'parameters-and-hyperparameters',
      file: 'content/issues/0001-parameters-and-hyperparameters.mdx',
      draft: false,
      published: new Date('2026-10-12'),
    },
    { slug: 'work-in-progress', file: 'content/issues/0008-work-in-progress.mdx', draft: true, published: new Date('2026-12-20') },
    { slug: 'next-month', file: 'content/issues/0009-next-month.mdx', draft: false, published: new Date('2027-01-05') },
  ],
  built: (slug) => slug !== 'not-built',
  now,
};

describe('what stops a send, before anything is sent', () => {
  it.each<[string, Partial<SendRequest>, RegExp]>([
    ['no slug', { slug: undefined }, /^name the issue to send/],
    [
      'an unknown slug',
      { slug: 'parameters' },
      /^no issue has the slug 'parameters' \(issues: parameters-and-hyperparameters, work-in-progress, next-month\)/,
    ],
    [
      'a draft',
      { slug: 'work-in-progress' },
      /^content\/issues\/0008-work-in-progress\.mdx is a draft \(draft: true\): only published issues are sent$/,
    ],
    ['a scheduled issue', { slug: 'next-month' }, /is scheduled for 2027-01-05: only published issues are sent$/],
    [
      'an issue not built yet',
      { issues: [{ ...base.issues[0]!, slug: 'not-built' }], slug: 'not-built' },
      /^the email edition of 'not-built' is not built yet: run npm run build first$/,
    ],
    ['no recipient', { to: [] }, /^say who receives it: --to/],
    ['a malformed address', { to: ['reader@example.org', 'not-an-address'] }, /^'not-an-address' is not an email address$/],
    ['no SMTP_URL', { smtpUrl: undefined }, /^SMTP_URL is not set/],
  ])('%s', (_case, change, message) => {
    expect(sendRefusal({ ...base, ...change })).toMatch(message);
  });

  it('lets a published, built issue go, and a dry run go without SMTP_URL', () => {
    expect(sendRefusal(base)).toBeUndefined();
    expect(sendRefusal({ ...base, smtpUrl: undefined, dryRun: true })).toBeUndefined();
  });
});

it('builds a message with both parts and the one-click unsubscribe headers of RFC 8058', () => {
  const options = messageOptions({
    from: { name: 'Conundra', address: 'newsletter@example.org' },
    to: ['a@example.org'],
    subject: 'Conundra #1: Parameters and hyperparameters',
    html: '<p>Hi</p>',
    text: 'Hi',
    unsubscribeUrl: 'https://lists.example.org/unsubscribe/abc',
  });
  expect(options.headers).toEqual({
    'List-Unsubscribe': '<https://lists.example.org/unsubscribe/abc>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  });
  expect([options.html, options.text, options.subject]).toEqual(['<p>Hi</p>', 'Hi', 'Conundra #1: Parameters and hyperparameters']);
});

it('reads the subject from the edition’s <title>', () => {
  expect(subjectOf('<title>Conundra #7: Prediction &amp; causation</title>')).toBe('Conundra #7: Prediction & causation');
});
