import { site } from '../../site.config';

/**
 * Turns a site-relative path into one that works under the deployment base
 * path, with the trailing slash that every page URL on this site carries.
 */
export function pathTo(route: string, basePath: string = site.basePath): string {
  const [pathPart = '', hash] = route.split('#', 2);
  const clean = pathPart.replace(/^\/+/, '');
  const isFile = /\.[a-z0-9]+$/i.test(clean);
  const withSlash = clean === '' || isFile || clean.endsWith('/') ? clean : `${clean}/`;
  const prefix = basePath === '/' ? '' : basePath;
  return `${prefix}/${withSlash}${hash === undefined ? '' : `#${hash}`}`;
}

/** The absolute URL of a site path, for canonical links, feeds and structured data. */
export function absoluteUrl(route: string): string {
  return `${site.url}${pathTo(route)}`;
}

export const routes = {
  home: () => pathTo('/'),
  issues: () => pathTo('/issues/'),
  issue: (slug: string) => pathTo(`/issues/${slug}/`),
  glossary: () => pathTo('/glossary/'),
  term: (slug: string) => pathTo(`/glossary/${slug}/`),
  search: () => pathTo('/search/'),
  about: () => pathTo('/about/'),
  series: (id: string) => pathTo(`/series/${id}/`),
  tags: () => pathTo('/tags/'),
  tag: (slug: string) => pathTo(`/tags/${slug}/`),
  explore: () => pathTo('/explore/'),
  editors: () => pathTo('/editors/'),
  subscribe: () => pathTo('/subscribe/'),
  emailFeed: () => pathTo('/email/rss.xml'),
  emailPreview: (slug: string) => pathTo(`/email/preview/${slug}/index.html`),
};
