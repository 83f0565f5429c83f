/** "How to cite" for an issue: APA 7 text and a BibTeX entry, from the same facts. */

export interface CitableIssue {
  title: string;
  authors: readonly string[];
  published: Date;
  number: number;
  seriesName: string;
  url: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function joinApa(authors: readonly string[]): string {
  if (authors.length <= 1) return authors.join('');
  return `${authors.slice(0, -1).join(', ')}, & ${authors[authors.length - 1]}`;
}

/** APA 7 for a newsletter article: Author. (2026, October 12). Title. Series, 1. URL */
export function apaCitation(issue: CitableIssue): string {
  const d = issue.published;
  const date = `${d.getUTCFullYear()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  const authors = joinApa(issue.authors);
  return `${authors}${authors.endsWith('.') ? '' : '.'} (${date}). ${issue.title}. ${issue.seriesName}, ${issue.number}. ${issue.url}`;
}

/** A BibTeX key such as conundra2026parameters: series, year and the title's first long word. */
export function bibtexKey(issue: CitableIssue): string {
  const word = issue.title.toLowerCase().match(/[a-z]{4,}/)?.[0] ?? `issue${issue.number}`;
  return `${issue.seriesName.toLowerCase().replace(/[^a-z0-9]/g, '')}${issue.published.getUTCFullYear()}${word}`;
}

const braces = (text: string) => text.replace(/([{}\\])/g, '\\$1');

export function bibtex(issue: CitableIssue): string {
  // Double braces keep a corporate author ("Conundra editors") from being split into first and last names.
  const author = issue.authors.map((a) => (a.includes(' ') && !a.includes(',') ? `{${braces(a)}}` : braces(a))).join(' and ');
  return [
    `@article{${bibtexKey(issue)},`,
    `  author  = {${author}},`,
    `  title   = {${braces(issue.title)}},`,
    `  journal = {${braces(issue.seriesName)}},`,
    `  number  = {${issue.number}},`,
    `  year    = {${issue.published.getUTCFullYear()}},`,
    `  month   = ${BIBTEX_MONTHS[issue.published.getUTCMonth()]},`,
    `  url     = {${issue.url}}`,
    `}`,
  ].join('\n');
}

/** Share links that are plain URLs: nothing from the services loads until the reader follows one. */
export function shareLinks(title: string, url: string): { name: string; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'Email', href: `mailto:?subject=${t}&body=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
  ];
}
