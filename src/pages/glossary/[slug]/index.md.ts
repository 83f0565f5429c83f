import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedTerms, type Term } from '../../../lib/content/queries';
import { markdownResponse, termMarkdown } from '../../../lib/publishing/markdown-pages';

/** Each published term as Markdown at /glossary/<slug>/index.md; drafts get none. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await publishedTerms()).map((term) => ({ params: { slug: term.id }, props: { term } }));

export const GET: APIRoute<{ term: Term }> = async ({ props }) => markdownResponse(await termMarkdown(props.term));
