/** Pure pieces of the search experience, shared by the dialog and the /search/ page. */

/** Values of the Pagefind "type" filter, as the results show them. */
export const RESULT_TYPES = { issue: 'Issue', term: 'Glossary term', page: 'Page' } as const;
export type ResultType = (typeof RESULT_TYPES)[keyof typeof RESULT_TYPES];

/** The query a landing URL carries, such as /search/?q=learning+rate. */
export function queryFromLocation(search: string): string {
  return new URLSearchParams(search).get('q')?.trim() ?? '';
}

/** The same URL with ?q= following the query, or without it when the query is empty. */
export function withQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query.trim());
  return url.pathname + url.search + url.hash;
}

/**
 * Arrow-key movement through a result list: -1 is the search field, 0..count-1
 * the results. Down from the field enters the list; up from the first result
 * returns to the field; the ends do not wrap, so a reader never loses their place.
 */
export function moveSelection(current: number, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End', count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return Math.max(current - 1, -1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}

export function resultsSummary(count: number, query: string, filterLabel?: string): string {
  if (query.trim() === '') return '';
  const scope = filterLabel ? ` among ${filterLabel.toLowerCase()}s` : '';
  if (count === 0) return `No results for “${query.trim()}”${scope}.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query.trim()}”${scope}.`;
}

/** Search metadata on term pages: the term and its aliases, so a search for "kNN" can be matched by name. */
export const NAMES_META = 'names';
export const NAME_SEPARATOR = ' | ';
