import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedIssues, slugOfIssue, type Issue } from '../../../../lib/content/queries';
import { emailEdition } from '../../../../lib/email/edition';
import { absoluteUrl } from '../../../../lib/site/urls';

/**
 * The email edition of the issue being written, drafts included, for `npm run dev` only:
 * a production build has no such pages. Its links point at the dev server, so the
 * formula images drawn for this draft load too.
 */
export const getStaticPaths = (async () =>
  import.meta.env.SHOW_UNPUBLISHED
    ? (await publishedIssues()).map((issue) => ({ params: { slug: slugOfIssue(issue) }, props: { issue } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ issue: Issue }> = async ({ props, url }) => {
  const html = (await emailEdition(props.issue)).html.replaceAll(
    absoluteUrl('/'),
    new URL(absoluteUrl('/')).pathname.replace(/^/, url.origin),
  );
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
