import type { APIRoute } from 'astro';
import { publishedTerms } from '../lib/content/queries';
import { termNames, type NamesMap } from '../lib/search/names';
import { routes } from '../lib/site/urls';

/**
 * The search dialog's names map: each published term's URL and names, its
 * display name first (the definitions are in search-definitions/). Built from
 * publishedTerms(), so a draft never appears in it; the dialog fetches it
 * together with the Pagefind index.
 */
export const GET: APIRoute = async () => {
  const map: NamesMap = {
    terms: (await publishedTerms()).map((term) => ({
      url: routes.term(term.id),
      names: termNames(term.data.term, term.data.aliases),
    })),
  };
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
