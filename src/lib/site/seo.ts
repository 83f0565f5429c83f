import { site } from '../../site.config';

/** The document title for an ordinary page: "Page | Conundra", or the site name alone. */
export function documentTitle(pageName?: string): string {
  return pageName ? `${pageName} | ${site.title}` : `${site.title}: ${site.tagline}`;
}

/** Term pages carry the glossary in their title, which is what people search for. */
export function termDocumentTitle(term: string): string {
  return `${term}: ${site.title} glossary`;
}
