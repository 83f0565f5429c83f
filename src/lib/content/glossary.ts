/** Pure helpers for the glossary: A–Z grouping, neighbours, and where terms are referenced. */

export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] as const;

/** The index letter a term files under; numbers and symbols file under "#". */
export function indexLetter(term: string): string {
  const first = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

// One collator for every comparison: localeCompare with options builds a new one per call,
// which made sorting a 2,000-term glossary a measurable part of the build.
const termCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A to Z by display name, ignoring case and accents. */
export function compareTerms(a: string, b: string): number {
  return termCollator.compare(a, b);
}

export interface NamedTerm {
  data: { term: string };
}

/** Terms grouped under their index letter, letters in alphabetical order. */
export function groupByLetter<T extends NamedTerm>(terms: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const term of [...terms].sort((a, b) => compareTerms(a.data.term, b.data.term))) {
    const letter = indexLetter(term.data.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return new Map([...groups].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b))));
}

/** The slugs of every glossary term a Markdown or MDX source refers to, in order of first mention. */
export function referencedTermSlugs(source: string): string[] {
  const slugs = new Set<string>();
  const patterns = [/<Term\s[^>]*?slug=["']([^"']+)["']/g, /\]\(term:([^)\s]+)\)/g];
  const found: [number, string][] = [];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) found.push([match.index, match[1] ?? '']);
  }
  for (const [, slug] of found.sort(([a], [b]) => a - b)) slugs.add(slug);
  return [...slugs];
}

/** Each term's alphabetical previous and next term, from one sort of the whole glossary. */
export function alphabeticalNeighbours<T extends NamedTerm>(
  all: readonly T[],
): Map<T, { previous?: T | undefined; next?: T | undefined }> {
  const sorted = [...all].sort((a, b) => compareTerms(a.data.term, b.data.term));
  return new Map(sorted.map((term, i) => [term, { previous: sorted[i - 1], next: sorted[i + 1] }]));
}

export interface RelatedTerm {
  id: string;
  filePath?: string | undefined;
  data: { related: readonly string[] };
}

/** One message per related slug that names no term: file, slug and the closest real slug. */
export function unknownRelatedErrors(terms: readonly RelatedTerm[], suggest: (slug: string, known: string[]) => string): string[] {
  const known = terms.map((t) => t.id);
  return terms.flatMap((term) =>
    term.data.related
      .filter((slug) => !known.includes(slug))
      .map(
        (slug) =>
          `${term.filePath ?? term.id}: related term '${slug}' does not exist (${suggest(slug, known)})`,
      ),
  );
}

export interface NamedTermFile {
  id: string;
  filePath?: string | undefined;
  data: { term: string; aliases: readonly string[] };
}

/** A name or alias that two terms both claim would send a search for it to two places. */
export function duplicateNameErrors(terms: readonly NamedTermFile[]): string[] {
  const owner = new Map<string, NamedTermFile>();
  const errors: string[] = [];
  for (const term of [...terms].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const name of [term.data.term, ...term.data.aliases]) {
      const key = name.toLowerCase();
      const first = owner.get(key);
      if (first && first !== term) {
        errors.push(
          `${term.filePath ?? term.id}: the name or alias '${name}' is already used by ${first.filePath ?? first.id} (expected each name to belong to one term)`,
        );
      } else {
        owner.set(key, term);
      }
    }
  }
  return errors;
}
