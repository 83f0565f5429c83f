/**
 * The only module that reads collections. Pages ask it for content that is
 * already validated, filtered by publication state and ordered; the rules
 * themselves are the pure functions it calls.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isVisible, type VisibilityOptions } from './publication';
import { byNewest, bySeriesNumber, duplicateNumberErrors, issueSlug, seriesNeighbours } from './issues';
import { ContentError, unrenderedErrors } from './source-path';
import { throwOnContentProblems, throwOnUncheckedEntries } from './checked-collection';
import { compareTerms, duplicateNameErrors, referencedTermSlugs, unknownRelatedErrors } from './glossary';
import { didYouMean } from '../util/suggest';
import { suspiciousTagWarnings, tagSlug } from './tags';

export type Issue = CollectionEntry<'issues'>;
export type Term = CollectionEntry<'glossary'>;
export type Page = CollectionEntry<'pages'>;

const buildTime = new Date();

export function visibility(): VisibilityOptions {
  return { now: buildTime, showUnpublished: import.meta.env.SHOW_UNPUBLISHED === true };
}

let checkedIssues: Promise<Issue[]> | undefined;

async function allIssues(): Promise<Issue[]> {
  // Outside the memo: in `astro dev` a save can add or clear problems at any time.
  throwOnContentProblems();
  checkedIssues ??= getCollection('issues').then((issues) => {
    throwOnUncheckedEntries(issues);
    const errors = duplicateNumberErrors(issues);
    if (errors.length > 0) throw new ContentError(errors.join('\n'));
    for (const warning of suspiciousTagWarnings(issues)) console.warn(`[conundra] warning: ${warning}`);
    return issues;
  });
  return checkedIssues;
}

let newestIssues: Promise<Issue[]> | undefined;

/** Published issues, newest first. Computed once per build: every page asks. */
export async function publishedIssues(): Promise<Issue[]> {
  const options = visibility();
  newestIssues ??= allIssues().then((issues) => issues.filter((i) => isVisible(i.data, options)).sort(byNewest));
  return newestIssues;
}

/** Published issues of one series, in series order. */
export async function seriesIssues(series: string): Promise<Issue[]> {
  return (await publishedIssues()).filter((i) => i.data.series === series).sort(bySeriesNumber);
}

export async function issueNeighbours(issue: Issue): Promise<{ previous?: Issue; next?: Issue }> {
  return seriesNeighbours(issue, await publishedIssues());
}

export function slugOfIssue(issue: Issue): string {
  return issueSlug(issue.id);
}

let checkedTerms: Promise<Term[]> | undefined;

async function allTerms(): Promise<Term[]> {
  throwOnContentProblems();
  checkedTerms ??= getCollection('glossary').then((terms) => {
    throwOnUncheckedEntries(terms);
    const errors = [...unrenderedErrors(terms), ...unknownRelatedErrors(terms, didYouMean), ...duplicateNameErrors(terms)];
    if (errors.length > 0) throw new ContentError(errors.join('\n'));
    return terms;
  });
  return checkedTerms;
}

let termsAtoZ: Promise<Term[]> | undefined;

/** Published glossary terms, A to Z by display name. Computed once per build: every term page asks. */
export async function publishedTerms(): Promise<Term[]> {
  const options = visibility();
  termsAtoZ ??= allTerms().then((terms) =>
    terms.filter((t) => isVisible(t.data, options)).sort((a, b) => compareTerms(a.data.term, b.data.term)),
  );
  return termsAtoZ;
}

let termsById: Promise<Map<string, Term>> | undefined;

/** The published term with this slug (its file name without .md), if there is one. */
export async function publishedTerm(slug: string): Promise<Term | undefined> {
  termsById ??= publishedTerms().then((terms) => new Map(terms.map((t) => [t.id, t])));
  return (await termsById).get(slug);
}

/** The published terms a term lists as related, in the order its editor gave. */
export async function relatedTerms(term: Term): Promise<Term[]> {
  const related = await Promise.all(term.data.related.map(publishedTerm));
  return related.flatMap((t) => t ?? []);
}

let appearances: Promise<Map<string, Issue[]>> | undefined;

/** For each term slug, the published issues that link to it, in series order. */
export async function issuesMentioningTerm(slug: string): Promise<Issue[]> {
  appearances ??= seriesOrderedIssues().then((issues) => {
    const map = new Map<string, Issue[]>();
    for (const issue of issues) {
      for (const term of referencedTermSlugs(issue.body ?? '')) map.set(term, [...(map.get(term) ?? []), issue]);
    }
    return map;
  });
  return (await appearances).get(slug) ?? [];
}

async function seriesOrderedIssues(): Promise<Issue[]> {
  return [...(await publishedIssues())].sort(bySeriesNumber);
}

export async function publishedPages(): Promise<Page[]> {
  throwOnContentProblems();
  const options = visibility();
  const pages = await getCollection('pages');
  throwOnUncheckedEntries(pages);
  const errors = unrenderedErrors(pages);
  if (errors.length > 0) throw new ContentError(errors.join('\n'));
  return pages.filter((p) => isVisible(p.data, options));
}

/** Every tag on a published issue, A to Z, with its issues newest first. */
export async function publishedTags(): Promise<{ tag: string; slug: string; issues: Issue[] }[]> {
  const byTag = new Map<string, Issue[]>();
  for (const issue of await publishedIssues()) for (const tag of issue.data.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), issue]);
  return [...byTag]
    .map(([tag, issues]) => ({ tag, slug: tagSlug(tag), issues }))
    .sort((a, b) => a.tag.localeCompare(b.tag, 'en'));
}
