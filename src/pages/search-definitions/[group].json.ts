import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedTerms, type Term } from '../../lib/content/queries';
import { definitionGroup, termNames, type Definitions } from '../../lib/search/names';
import { routes } from '../../lib/site/urls';

/**
 * The definitions the search dialog shows with the terms it lists, one file per
 * first letter, holding every term with a name or alias of that letter
 * (lib/search/names.ts, `definitionGroup`): the dialog fetches only the files of
 * the terms it lists. Published terms only, as in the names map.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const groups = new Map<string, Term[]>();
  for (const term of await publishedTerms()) {
    for (const group of new Set(termNames(term.data.term, term.data.aliases).map(definitionGroup))) {
      groups.set(group, [...(groups.get(group) ?? []), term]);
    }
  }
  return [...groups].map(([group, terms]) => ({ params: { group }, props: { terms } }));
};

export const GET: APIRoute<{ terms: Term[] }> = ({ props }) => {
  const definitions: Definitions = Object.fromEntries(props.terms.map((term) => [routes.term(term.id), term.data.short]));
  return new Response(JSON.stringify(definitions), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
