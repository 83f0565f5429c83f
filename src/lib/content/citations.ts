/** Formatting for references: the reading list at the end of every issue and term. */

export interface Reference {
  authors: string[];
  title: string;
  venue: string;
  year: number;
  doi?: string | undefined;
  url?: string | undefined;
}

/** Where a reader can open the work: the DOI resolver when there is a DOI. */
export function referenceHref(reference: Reference): string | undefined {
  // Some DOIs contain characters such as < and > that must be escaped in a URL.
  return reference.doi ? `https://doi.org/${encodeURI(reference.doi)}` : reference.url;
}

/** Vancouver style lists six authors, then "et al.". */
export function formatAuthors(authors: readonly string[]): string {
  return authors.length > 6 ? `${authors.slice(0, 6).join(', ')}, et al.` : authors.join(', ');
}

function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** "Hoerl AE, Kennard RW. Ridge regression: …. Technometrics 12(1):55–67; 1970." */
export function formatReference(reference: Reference): string {
  return `${sentence(formatAuthors(reference.authors))} ${sentence(reference.title)} ${reference.venue}; ${reference.year}.`;
}
