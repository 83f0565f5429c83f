/**
 * schema.org JSON-LD builders. Each takes exactly the text the page shows, so
 * the markup never claims something a reader cannot see.
 */

type Json = Record<string, unknown>;

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]): Json {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export interface DefinedTermInput {
  name: string;
  description: string;
  aliases: readonly string[];
  url: string;
  termSetUrl: string;
  termSetName: string;
}

export function definedTerm(input: DefinedTermInput): Json {
  return {
    '@type': 'DefinedTerm',
    '@id': input.url,
    name: input.name,
    description: input.description,
    ...(input.aliases.length > 0 && { alternateName: [...input.aliases] }),
    url: input.url,
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': input.termSetUrl, name: input.termSetName, url: input.termSetUrl },
  };
}

export function definedTermSet(input: {
  name: string;
  description: string;
  url: string;
  terms: readonly Omit<DefinedTermInput, 'termSetUrl' | 'termSetName'>[];
}): Json {
  return {
    '@type': 'DefinedTermSet',
    '@id': input.url,
    name: input.name,
    description: input.description,
    url: input.url,
    hasDefinedTerm: input.terms.map((t) => ({
      '@type': 'DefinedTerm',
      '@id': t.url,
      name: t.name,
      description: t.description,
      url: t.url,
    })),
  };
}

/** A JSON-LD document, safe to put inside a script element. */
export function jsonLd(...nodes: Json[]): string {
  const document =
    nodes.length === 1 ? { '@context': 'https://schema.org', ...nodes[0] } : { '@context': 'https://schema.org', '@graph': nodes };
  // "<" would let a string close the script element early.
  return JSON.stringify(document).replace(/</g, '\\u003c');
}

/** The home page's WebSite node, with the /search/ page declared as its search action. */
export function webSite(input: { name: string; description: string; url: string; searchUrl: string; language: string }): Json {
  return {
    '@type': 'WebSite',
    '@id': input.url,
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.language,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export interface ArticleInput {
  headline: string;
  description: string;
  url: string;
  image: string;
  authors: readonly string[];
  published: Date;
  modified: Date;
  seriesName: string;
  seriesUrl: string;
  position: number;
  publisher: string;
  citations: readonly { name: string; url?: string | undefined; authors: readonly string[]; year: number }[];
  keywords: readonly string[];
}

/** An issue as a schema.org Article that is part of its series, with its references as citations. */
export function article(input: ArticleInput): Json {
  return {
    '@type': 'Article',
    '@id': input.url,
    headline: input.headline,
    description: input.description,
    url: input.url,
    image: input.image,
    author: input.authors.map((name) => ({ '@type': 'Organization', name })),
    publisher: { '@type': 'Organization', name: input.publisher },
    datePublished: input.published.toISOString(),
    dateModified: input.modified.toISOString(),
    keywords: input.keywords.join(', '),
    position: input.position,
    isPartOf: { '@type': 'CreativeWorkSeries', name: input.seriesName, url: input.seriesUrl },
    citation: input.citations.map((c) => ({
      '@type': 'ScholarlyArticle',
      name: c.name,
      author: c.authors.join(', '),
      datePublished: String(c.year),
      ...(c.url && { url: c.url }),
    })),
  };
}
