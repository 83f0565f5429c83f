/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), built from the same items as the RSS feed. */

export interface FeedItem {
  url: string;
  title: string;
  summary: string;
  html: string;
  published: Date;
  updated?: Date | undefined;
  authors: string[];
  tags: string[];
  image?: string | undefined;
}

export interface FeedMeta {
  title: string;
  description: string;
  homePageUrl: string;
  feedUrl: string;
  language: string;
  icon?: string;
}

export function jsonFeed(meta: FeedMeta, items: readonly FeedItem[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: meta.homePageUrl,
    feed_url: meta.feedUrl,
    language: meta.language,
    ...(meta.icon && { icon: meta.icon }),
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      date_published: item.published.toISOString(),
      ...(item.updated && { date_modified: item.updated.toISOString() }),
      authors: item.authors.map((name) => ({ name })),
      tags: item.tags,
      ...(item.image && { image: item.image }),
    })),
  };
}
