import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedIssues, slugOfIssue, type Issue } from '../../../lib/content/queries';
import { emailEdition } from '../../../lib/email/edition';

export const getStaticPaths = (async () =>
  (await publishedIssues()).map((issue) => ({ params: { slug: slugOfIssue(issue) }, props: { issue } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ issue: Issue }> = async ({ props }) =>
  new Response((await emailEdition(props.issue)).html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
