import type { APIRoute } from 'astro';
import { feedItems, feedMeta, jsonFeedResponse } from '../lib/feeds';
import { publishedIssues } from '../lib/queries';

export const GET: APIRoute = async () => jsonFeedResponse(feedMeta('/feed.json'), await feedItems(await publishedIssues()));
