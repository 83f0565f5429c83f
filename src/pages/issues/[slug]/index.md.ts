import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedIssues, slugOfIssue, type Issue } from '../../../lib/content/queries';
import { issueMarkdown, markdownResponse } from '../../../lib/publishing/markdown-pages';

/** Each published issue as Markdown at /issues/<slug>/index.md; drafts get none. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await publishedIssues()).map((issue) => ({ params: { slug: slugOfIssue(issue) }, props: { issue } }));

export const GET: APIRoute<{ issue: Issue }> = async ({ props }) => markdownResponse(await issueMarkdown(props.issue));
