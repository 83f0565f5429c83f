import type { APIRoute } from 'astro';
import { site } from '../site.config';
import { absoluteUrl } from '../lib/site/urls';

/** Lets browsers add Conundra as a search engine that opens /search/?q=… */
export const GET: APIRoute = () => {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escape(site.title)}</ShortName>
  <Description>${escape(`Search ${site.title}: ${site.tagline}`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${site.language}</Language>
  <Image height="32" width="32" type="image/svg+xml">${absoluteUrl('/favicon.svg')}</Image>
  <Url type="text/html" method="get" template="${absoluteUrl('/search/')}?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
