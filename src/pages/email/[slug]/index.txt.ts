import type { APIRoute } from 'astro';
import type { Issue } from '../../../lib/content/queries';
import { emailEdition } from '../../../lib/email/edition';

export { getStaticPaths } from './index.html';

export const GET: APIRoute<{ issue: Issue }> = async ({ props }) =>
  new Response((await emailEdition(props.issue)).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
