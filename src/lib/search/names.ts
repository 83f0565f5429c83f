import { distance } from 'fastest-levenshtein';

/**
 * The glossary's names map: every published term's name and aliases, built at
 * build time (src/pages/search-names.json.ts) and loaded with the search index.
 * It answers what Pagefind's word ranking cannot: a query that *is* a term's
 * name (in the singular or plural, British or American spelling) puts that term
 * first; a misspelt query gets "Did you mean …"; one or two letters list the
 * terms that start with them. The definitions shown with those terms are in
 * small files of their own (see `definitionGroup`), fetched when a term is
 * listed: they are most of the map's weight, and most queries list one term.
 */
export interface NamedTerm {
  /** The term page's URL, with the base path. */
  url: string;
  /** The display name first (as the glossary shows it), then its short forms and the aliases: everything a reader may type for it. */
  names: string[];
}

/** A term's display name: the first of its names (see `termNames`). */
export const displayName = (term: NamedTerm): string => term.names[0] ?? '';

export interface NamesMap {
  terms: NamedTerm[];
}

/** File name of the names map, at the site root. */
export const NAMES_MAP_FILE = 'search-names.json';

/** One definitions file: each term's one-sentence definition (its `short`), by the term's URL. */
export type Definitions = Record<string, string>;

/**
 * Which definitions file a name leads to: the one for its first letter
 * (`search-definitions/l.json` for "Learning rate"). A file holds every term
 * with a name or alias that starts with its letter, so the terms one or two
 * letters list are all in one file, and a listed term's display name gives
 * the file with its definition. Digits have files too; anything else shares `_`.
 */
export function definitionGroup(name: string): string {
  const first = nameKey(name).charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** Path of a definitions file, relative to the site root. */
export const definitionsFile = (group: string) => `search-definitions/${group}.json`;

/**
 * The names a term answers to, its display name first: the name without a parenthesis
 * ("Area under the ROC curve" for "Area under the ROC curve (AUC)"), the
 * parenthesis when it is an abbreviation ("AUC", but not "neural networks" from
 * "Bias (neural networks)"), and its aliases.
 */
export function termNames(title: string, aliases: readonly string[]): string[] {
  const names = [title];
  const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(title);
  if (paren) {
    names.push(paren[1]!);
    if (/^[\p{Lu}\p{N}-]+$/u.test(paren[2]!)) names.push(paren[2]!);
  }
  names.push(...aliases);
  return [...new Set(names.filter((n) => n.trim() !== ''))];
}

/**
 * British and American spellings of the same word fold to one key, word by
 * word: optimisation/optimization, neighbour/neighbor, modelling/modeling,
 * anaemia/anemia. Used only to compare, so a rule that also folds an unrelated
 * pair of words costs nothing.
 */
const FOLDS: readonly [RegExp, string][] = [
  [/([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|able)$/, '$1iz$2'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([bilmv])our(s|ed|ing|ite|ites|able|al)?$/, '$1or$2'],
  [/ell(ing|ed|er|ers)$/, 'el$1'],
  [/([^aeiou])tre(s?)$/, '$1ter$2'],
  [/ogue(s?)$/, 'og$1'],
  [/(^|[^aeiou])(ae|oe)(?=[^aeiou])/g, '$1e'],
];

export function foldSpelling(word: string): string {
  return FOLDS.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
}

/**
 * American spellings turned into the site's British ones before a query goes to
 * Pagefind, whose stemmer keeps "optimization" and "optimisation" apart. Only
 * patterns that rarely misfire: -ize endings on stems of three letters or more,
 * and short lists for -or/-our, -eling/-elling, -er/-re and medical ae/oe words.
 */
const TO_BRITISH: readonly [RegExp, string][] = [
  [/^([a-z]{3,})iz(e|es|ed|ing|er|ers|ation|ations|able)$/, '$1is$2'],
  [/^(anal|dial|paral|catal)yz(e|es|ed|ing)$/, '$1ys$2'],
  [/^(neighb|behavi|col|tum|fav|hum|lab|hon|flav|harb|rum|vap)or(s|ed|ing|ite|ites|al|hood|hoods)?$/, '$1our$2'],
  [/^(model|label|travel|cancel|level|channel|tunnel|fuel|signal)(ing|ed|er|ers)$/, '$1l$2'],
  [/^(cent|fib|lit|theat)er(s?)$/, '$1re$2'],
  [/^(an|h|leuk|isch|septic)em(i|o|a)/, '$1aem$2'],
  [/^(p|orthop)ed(iatric|ic)/, '$1aed$2'],
  [/^(edema|esophag|estrogen)/, 'o$1'],
  [/^diarrhea/, 'diarrhoea'],
  [/^anesthe/, 'anaesthe'],
];

export function toSiteSpelling(query: string): string {
  return query.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const british = TO_BRITISH.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), lower);
    return british === lower ? word : british;
  });
}

/** Lower case, no accents, and no punctuation inside a word: "k-NN" is "knn", "Pearson's" is "pearsons". */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s\u2013\u2014/]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((w) => w !== '')
    .map(foldSpelling);
}

/** Forms a word may take in the singular: "biases" → bias, "cases" → case, "neighbours" → neighbour. */
function singulars(word: string): string[] {
  const forms = [word];
  if (word.length > 3 && word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.length > 3 && word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.length > 2 && word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const forms = singulars(b);
  return singulars(a).some((f) => forms.includes(f));
}

/** The comparison key of a name or query: its folded words, joined. */
export function nameKey(text: string): string {
  return words(text).join(' ');
}

/**
 * Whether a query names a term: word for word, each word in the singular or
 * plural and in either spelling, or the same letters once spaces and hyphens go
 * ("bias variance tradeoff" for "Bias–variance trade-off").
 */
export function isSameName(query: string, name: string): boolean {
  const q = words(query);
  const n = words(name);
  if (q.length === 0) return false;
  if (q.length === n.length && q.every((w, i) => sameWord(w, n[i]!))) return true;
  const joinedQuery = q.join('');
  const joinedName = n.join('');
  return joinedQuery === joinedName || singulars(joinedQuery).some((f) => singulars(joinedName).includes(f));
}

/** The terms a query names exactly, in the map's order (A to Z). */
export function termsNamed(map: NamesMap, query: string): NamedTerm[] {
  return map.terms.filter((term) => term.names.some((name) => isSameName(query, name)));
}

/** Terms with a name or alias that starts with these letters, for a query of one or two letters. */
export function termsStartingWith(map: NamesMap, letters: string): NamedTerm[] {
  const prefix = words(letters).join('');
  if (prefix === '') return [];
  return map.terms.filter((term) => term.names.some((name) => words(name).join('').startsWith(prefix)));
}

/** How many letters a query of this length may get wrong and still be a typo of a name. */
function typoAllowance(length: number): number {
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/**
 * Whether a suggestion is so close that the query is surely that name mistyped
 * (one slip in a word of five letters or more, two in ten or more): the dialog
 * then lists the term first, as it would for the name itself.
 */
export function isSurelyTypo(suggestion: Suggestion, query: string): boolean {
  const length = words(query).join(' ').length;
  return suggestion.distance <= (length >= 10 ? 2 : length >= 5 ? 1 : 0);
}

export interface Suggestion {
  /** The name to offer, as the glossary spells it. */
  name: string;
  term: NamedTerm;
  distance: number;
}

/**
 * The term names closest to a misspelt query, nearest first, by edit distance
 * over the folded names: "hyperparamter" → Hyperparameter. Nothing when the
 * query already names a term, or when no name is close enough to be a typo.
 */
export function suggestNames(map: NamesMap, query: string, limit = 3): Suggestion[] {
  const wanted = words(query).join(' ');
  if (wanted.length < 3 || termsNamed(map, query).length > 0) return [];
  const allowance = typoAllowance(wanted.length);
  const best = new Map<NamedTerm, Suggestion>();
  for (const term of map.terms) {
    for (const name of term.names) {
      const d = distance(wanted, words(name).join(' '));
      if (d > allowance) continue;
      const current = best.get(term);
      // Offer the display name unless an alias is strictly closer (a typo of "kNN" suggests "kNN").
      if (!current || d < current.distance) best.set(term, { name, term, distance: d });
    }
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'en')).slice(0, limit);
}
