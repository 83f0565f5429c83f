import type { APIRoute } from 'astro';
import { feedItems, feedMeta, rssResponse } from '../../lib/publishing/feeds';
import { publishedIssues } from '../../lib/content/queries';
import { emailEdition } from '../../lib/email/edition';
import { site } from '../../site.config';

/** For RSS-to-email services (Buttondown, Mailchimp, listmonk): each item carries the whole email edition. */
export const GET: APIRoute = async () =>
  rssResponse(
    feedMeta('/email/rss.xml', `${site.title} (email edition)`, site.description),
    await feedItems(await publishedIssues(), async (issue) => (await emailEdition(issue)).html),
  );
