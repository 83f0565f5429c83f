import { ALPHABET } from './glossary';
import { termCategoryIds } from './term-categories';

/**
 * Slugs a content file may not take because a route of the site already owns the address,
 * and would win: Astro renders the higher-priority route and drops the content file with
 * only a warning. One list per collection; a new route adds its names here.
 */
export const reservedSlugs = {
  /** /issues/<slug>/ beside the archive, and the email edition's /email/<slug>/ beside its feed and its image and preview folders. */
  issues: ['index', 'rss.xml', 'math', 'figures', 'preview'],
  /** /glossary/<slug>/ beside the glossary's category and letter views. */
  glossary: ['index', 'category', 'letter', ...termCategoryIds, ...ALPHABET.map((l) => l.toLowerCase())],
  /** /<slug>/ for standalone pages: every top-level route and file of the site. */
  pages: [
    'index',
    '404',
    '_astro',
    'issues',
    'glossary',
    'tags',
    'series',
    'search',
    'explore',
    'og',
    'email',
    'pagefind',
    'rss.xml',
    'feed.json',
    'robots.txt',
    'opensearch.xml',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'favicon.svg',
  ],
} as const satisfies Record<string, readonly string[]>;

export type CollectionName = keyof typeof reservedSlugs;

export function isReservedSlug(collection: CollectionName, slug: string): boolean {
  return (reservedSlugs[collection] as readonly string[]).includes(slug.toLowerCase());
}
