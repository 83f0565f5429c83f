/**
 * Feed items for issues: full HTML content rendered with Astro's container,
 * then cleaned for feed readers. Reads collections, like queries.ts.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import rss from '@astrojs/rss';
import Term from '../../components/Term.astro';
import KeyPoints from '../../components/KeyPoints.astro';
import { epigraphHtml, feedHtml } from './feed-html';
import { jsonFeed, type FeedItem, type FeedMeta } from './json-feed';
import { slugOfIssue, type Issue } from '../content/queries';
import { absoluteUrl } from '../site/urls';
import { socialCardPath } from './social-card-path';
import { site } from '../../site.config';

/**
 * How many issues a feed carries, newest first. Feed readers only look for what
 * is new, and a feed holding every issue of a ten-year archive in full would be
 * megabytes that every subscriber downloads on every poll.
 */
export const FEED_LENGTH = 20;

let container: Promise<AstroContainer> | undefined;
const renderedByIssue = new Map<string, Promise<string>>();

/**
 * An issue's body as the page renders it (its epigraph first), rendered once per build however many
 * feeds and email editions use it. Each then transforms it for its readers.
 */
export function renderedIssueHtml(issue: Issue): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const key = `${issue.id}:${issue.digest ?? ''}`;
  let html = renderedByIssue.get(key);
  if (!html) {
    html = (async () => {
      const { Content } = await render(issue);
      const body = await (await container).renderToString(Content, { props: { components: { Term, KeyPoints } } });
      return (issue.data.epigraph ? epigraphHtml(issue.data.epigraph) : '') + body;
    })();
    renderedByIssue.set(key, html);
  }
  return html;
}

const feedHtmlByIssue = new Map<string, Promise<string>>();

/** The feed HTML of one issue, made once however many feeds carry it. */
function issueHtml(issue: Issue, pageUrl: string): Promise<string> {
  let html = feedHtmlByIssue.get(issue.id);
  if (!html) {
    html = renderedIssueHtml(issue).then((rendered) => feedHtml(rendered, { pageUrl }));
    feedHtmlByIssue.set(issue.id, html);
  }
  return html;
}

/**
 * Feed items for the newest FEED_LENGTH of `issues`, which must be newest first.
 * `html` gives each item's content: by default the feed HTML; the email feed passes the email edition.
 */
export async function feedItems(
  issues: readonly Issue[],
  html: (issue: Issue, url: string) => Promise<string> = issueHtml,
): Promise<FeedItem[]> {
  return Promise.all(
    issues.slice(0, FEED_LENGTH).map(async (issue) => {
      const url = absoluteUrl(`/issues/${slugOfIssue(issue)}/`);
      return {
        url,
        title: issue.data.title,
        summary: issue.data.description,
        html: await html(issue, url),
        published: issue.data.published,
        updated: issue.data.updated,
        authors: issue.data.authors,
        tags: issue.data.tags,
        image: absoluteUrl(socialCardPath('issues', slugOfIssue(issue))),
      };
    }),
  );
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function rssResponse(meta: FeedMeta, items: readonly FeedItem[]): Promise<Response> {
  return rss({
    title: meta.title,
    description: meta.description,
    site: meta.homePageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${meta.language}</language><atom:link href="${meta.feedUrl}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.summary,
      content: item.html,
      pubDate: item.published,
      categories: item.tags,
      customData:
        item.authors.map((a) => `<dc:creator>${escapeXml(a)}</dc:creator>`).join('') +
        (item.updated ? `<atom:updated>${item.updated.toISOString()}</atom:updated>` : ''),
    })),
  });
}

export function jsonFeedResponse(meta: FeedMeta, items: readonly FeedItem[]): Response {
  return new Response(JSON.stringify(jsonFeed(meta, items), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}

export function feedMeta(path: string, title: string = site.title, description: string = site.description): FeedMeta {
  return {
    title,
    description,
    homePageUrl: absoluteUrl('/'),
    feedUrl: absoluteUrl(path),
    language: site.language,
    icon: absoluteUrl('/favicon.svg'),
  };
}
