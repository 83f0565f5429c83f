/**
 * The one place for facts about the site as a whole. Deployment may override
 * the URL and base path from the environment (SITE_URL, BASE_PATH), and tests
 * may point the build at another content folder (CONTENT_DIR).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const env = typeof process === 'undefined' ? {} : process.env;

/** Normalises "conundra", "/conundra/" and "" to "/conundra" or "/". */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}`;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const site = {
  title: 'Conundra',
  tagline: 'Machine learning for medicine, one confusable pair at a time',
  description:
    'A newsletter series and glossary that untangles the machine-learning ideas clinicians most often confuse, written for people in medicine.',
  url: (env.SITE_URL ?? 'https://conundra.github.io').replace(/\/+$/, ''),
  basePath: normaliseBasePath(env.BASE_PATH),
  repository: 'https://github.com/conundra/conundra',
  branch: 'main',
  language: 'en-GB',
  locale: 'en_GB',
  publisher: 'Conundra editors',
} as const;

/**
 * The newsletter's list service. The site never talks to it: the subscribe form
 * posts straight to `subscribeUrl` (no script, no third party on the page), and
 * the email edition's footer carries the service's own placeholders, which it
 * replaces per recipient when it sends. The defaults fit listmonk's public
 * subscription form; Mailman, Buttondown and others need only these values changed.
 */
export const newsletter = {
  /** Where the subscribe form posts; empty means no form anywhere, only the feeds. SUBSCRIBE_URL overrides it. */
  subscribeUrl: (env.SUBSCRIBE_URL ?? '').trim(),
  /** The form's field names, as the list service expects them. */
  fields: { email: 'email', name: 'name', list: 'l' },
  /** The list's id at the service, sent in the `list` field. SUBSCRIBE_LIST overrides it. */
  listId: (env.SUBSCRIBE_LIST ?? 'conundra').trim(),
  /** Written into every email; the list service swaps in each recipient's own link. */
  unsubscribeUrl: env.NEWSLETTER_UNSUBSCRIBE_URL ?? '{{ UnsubscribeURL }}',
  manageUrl: env.NEWSLETTER_MANAGE_URL ?? '{{ ManageURL }}',
  /** The sender of every email. */
  from: { name: 'Conundra', address: env.NEWSLETTER_FROM ?? 'newsletter@conundra.org' },
  /** Required in commercial email by CAN-SPAM, and good manners everywhere. */
  postalAddress: 'Conundra editors, 1 Example Street, London EC1A 1AA, United Kingdom',
} as const;

/** Editors write here; tests point CONTENT_DIR at a fixture folder instead. */
export const contentDir = path.resolve(projectRoot, env.CONTENT_DIR ?? 'content');

/** Astro's cache and the site's own build caches. A build with other settings (the base-path build, each benchmark archive) gets its own (CACHE_DIR), so that it does not discard the main build's cache. */
export const cacheDir = path.resolve(projectRoot, env.CACHE_DIR ?? 'node_modules/.astro');

export const series = {
  conundra: {
    name: 'Conundra',
    description: 'Pairs of machine-learning ideas that people in medicine often confuse, explained one pair per issue.',
  },
} as const;

export type SeriesId = keyof typeof series;
export const seriesIds = Object.keys(series) as [SeriesId, ...SeriesId[]];
