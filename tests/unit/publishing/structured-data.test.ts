import { expect, it } from 'vitest';
import { breadcrumbList, definedTerm, definedTermSet, jsonLd } from '../../../src/lib/publishing/structured-data';

const term = {
  name: 'k-nearest neighbours',
  description: 'Classifies a case by the labels of the k most similar training cases.',
  aliases: ['kNN', 'k-NN'],
  url: 'https://example.org/glossary/k-nearest-neighbours/',
  termSetUrl: 'https://example.org/glossary/',
  termSetName: 'Conundra glossary',
};

it('describes a glossary term as a schema.org DefinedTerm in its set', () => {
  expect(definedTerm(term)).toEqual({
    '@type': 'DefinedTerm',
    '@id': term.url,
    name: term.name,
    description: term.description,
    alternateName: ['kNN', 'k-NN'],
    url: term.url,
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': term.termSetUrl, name: 'Conundra glossary', url: term.termSetUrl },
  });
  expect(definedTerm({ ...term, aliases: [] })).not.toHaveProperty('alternateName');
});

it('lists every term in the DefinedTermSet', () => {
  const set = definedTermSet({ name: 'Glossary', description: 'd', url: term.termSetUrl, terms: [term] });
  expect(set['hasDefinedTerm']).toEqual([
    { '@type': 'DefinedTerm', '@id': term.url, name: term.name, description: term.description, url: term.url },
  ]);
});

it('numbers breadcrumbs from one', () => {
  const crumbs = breadcrumbList([
    { name: 'Conundra', url: 'https://example.org/' },
    { name: 'Glossary', url: 'https://example.org/glossary/' },
  ]);
  expect(crumbs).toEqual({
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Conundra', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Glossary', item: 'https://example.org/glossary/' },
    ],
  });
});

it('serialises JSON-LD that cannot close its script element', () => {
  const text = jsonLd({ '@type': 'Thing', name: '</script><b>' });
  expect(text).not.toContain('</script>');
  expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@type': 'Thing', name: '</script><b>' });
  expect(JSON.parse(jsonLd({ a: 1 }, { b: 2 }))['@graph']).toEqual([{ a: 1 }, { b: 2 }]);
});
