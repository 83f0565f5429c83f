import type { APIRoute } from 'astro';
import { feedItems, feedMeta, rssResponse } from '../lib/feeds';
import { publishedIssues } from '../lib/queries';

export const GET: APIRoute = async () => rssResponse(feedMeta('/rss.xml'), await feedItems(await publishedIssues()));
