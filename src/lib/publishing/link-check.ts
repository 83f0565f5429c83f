/**
 * Checks every internal link and #anchor in a built site, without a network.
 * Works on extracted facts (which ids a page has, which links it makes), so
 * the rules can be tested without building anything.
 */

export interface PageFacts {
  /** The page's path on the site, e.g. /issues/x/ (or /rss.xml for a non-HTML file). */
  path: string;
  /** Where a reader would fix a broken link: the content file, when known. */
  source?: string | undefined;
  ids: Set<string>;
  links: string[];
}

export interface LinkProblem {
  page: string;
  source?: string | undefined;
  href: string;
  reason: string;
}

/** The site-relative target of a link, or undefined for links that leave the site. */
export function internalTarget(
  href: string,
  fromPath: string,
  siteOrigin: string,
  basePath: string,
): { path: string; hash: string } | undefined {
  if (/^(mailto|tel|javascript|data):/i.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href, `${siteOrigin}${fromPath}`);
  } catch {
    return undefined;
  }
  if (url.origin !== siteOrigin) return undefined;
  const prefix = basePath === '/' ? '' : basePath;
  if (prefix && !url.pathname.startsWith(`${prefix}/`) && url.pathname !== prefix) return { path: url.pathname, hash: url.hash.slice(1) };
  return { path: url.pathname.slice(prefix.length) || '/', hash: decodeURIComponent(url.hash.slice(1)) };
}

export function checkLinks(
  pages: readonly PageFacts[],
  options: {
    siteOrigin: string;
    basePath: string;
    exists: (path: string) => boolean;
    /** Links written for another program to fill in, such as a list service's unsubscribe placeholder. */
    placeholders?: readonly string[];
  },
): LinkProblem[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const href of page.links) {
      if (options.placeholders?.includes(href)) continue;
      const target = internalTarget(href, page.path, options.siteOrigin, options.basePath);
      if (!target) continue;
      const targetPage = byPath.get(target.path) ?? byPath.get(target.path.endsWith('/') ? target.path : `${target.path}/`);
      if (!targetPage && !options.exists(target.path)) {
        problems.push({ page: page.path, source: page.source, href, reason: 'no page or file at that address' });
      } else if (target.path !== target.path.replace(/\/?$/, '/') && !/\.[a-z0-9]+$/i.test(target.path)) {
        problems.push({ page: page.path, source: page.source, href, reason: 'links to a redirect: add the trailing slash' });
      } else if (target.hash && targetPage && !targetPage.ids.has(target.hash)) {
        problems.push({ page: page.path, source: page.source, href, reason: `no element with id '${target.hash}' on ${targetPage.path}` });
      }
    }
  }
  return problems;
}

/** Ids and links pulled from generated HTML; a regex is enough for markup the build itself wrote. */
export function htmlFacts(html: string): { ids: Set<string>; links: string[]; source?: string | undefined } {
  const body = html.replace(/<script[\s\S]*?<\/script>/g, '');
  const ids = new Set([...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
  const links = [...body.matchAll(/<(?:a|link)\s[^>]*?href="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
  const source = /data-source="([^"]+)"/.exec(body)?.[1];
  return { ids, links, source };
}

export function describeProblem(p: LinkProblem): string {
  return `${p.source ?? p.page}: broken link '${p.href}' (${p.reason}${p.source ? `; on ${p.page}` : ''})`;
}
