import type { APIRoute } from 'astro';
import { feedItems, feedMeta, jsonFeedResponse } from '../lib/publishing/feeds';
import { publishedIssues } from '../lib/content/queries';

export const GET: APIRoute = async () => jsonFeedResponse(feedMeta('/feed.json'), await feedItems(await publishedIssues()));
