import type { APIRoute } from 'astro';
import { feedItems, feedMeta, rssResponse } from '../lib/publishing/feeds';
import { publishedIssues } from '../lib/content/queries';

export const GET: APIRoute = async () => rssResponse(feedMeta('/rss.xml'), await feedItems(await publishedIssues()));
