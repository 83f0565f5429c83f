/**
 * Checks across all the files of a collection: two files that would share an address,
 * a file whose address a route of the site already owns, and tags that would share a page.
 * Astro resolves each of these silently (one file wins, the other disappears), so the build must not.
 */
import type { ContentProblem } from './content-problem';
import { isReservedSlug, type CollectionName } from './reserved-routes';
import { issueSlug } from './issues';
import { slugify } from '../util/slug';

/**
 * The entry id Astro's glob loader gives a file: its path inside the collection folder without
 * the extension, each segment lower-cased with spaces as hyphens and punctuation dropped (GitHub's slugger).
 */
export function entryId(relativePath: string): string {
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) =>
      segment
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
        .replace(/ /g, '-'),
    )
    .join('/');
}

/** The slug in the page's address: issues drop their number prefix. */
export function addressSlug(collection: CollectionName, id: string): string {
  return collection === 'issues' ? issueSlug(id) : id;
}

export function entryAddress(collection: CollectionName, id: string): string {
  const slug = addressSlug(collection, id);
  return collection === 'pages' ? `/${slug}/` : `/${collection}/${slug}/`;
}

export interface CollectionFile {
  /** As the repository names it: content/issues/0001-x.mdx. */
  file: string;
  /** Inside the collection folder: 0001-x.mdx. */
  relativePath: string;
}

/** Every file that would be published at an address another file, or a route, already has. */
export function addressProblems(collection: CollectionName, files: readonly CollectionFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owner = new Map<string, CollectionFile>();
  for (const entry of [...files].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
    const id = entryId(entry.relativePath);
    const slug = addressSlug(collection, id);
    const address = entryAddress(collection, id);
    if (id.includes('/')) {
      problems.push({
        file: entry.file,
        field: 'file name',
        message: `the file is in a subfolder, so its page would be at ${address}, which no route serves; expected the file directly in content/${collection}/`,
      });
      continue;
    }
    if (slug === '') {
      problems.push({ file: entry.file, field: 'file name', message: 'gives an empty address; expected letters or digits after the number prefix' });
      continue;
    }
    if (isReservedSlug(collection, slug)) {
      problems.push({
        file: entry.file,
        field: 'file name',
        message: `gives the address ${collection === 'issues' ? `${address} and, for its email edition, /email/${slug}/` : address}, which the site keeps for its own page ('${slug}' is a reserved name); expected another name`,
      });
      continue;
    }
    const first = owner.get(address);
    if (first) {
      problems.push({
        file: entry.file,
        field: 'file name',
        message: `gives the address ${address}, which ${first.file} already has, so one of them would be lost; expected each ${collection === 'glossary' ? 'term' : collection === 'issues' ? 'issue' : 'page'} to have its own address: rename one file`,
      });
    } else {
      owner.set(address, entry);
    }
  }
  return problems;
}

export interface TaggedFile {
  file: string;
  tags: readonly string[];
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Tags whose spelling differs only in case or punctuation ("Model fitting", "model-fitting")
 * share one page, /tags/model-fitting/, under whichever spelling came first. The first spelling met,
 * in file order, is the one the others are asked to use.
 */
export function tagSpellingProblems(files: readonly TaggedFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const spelling = new Map<string, { tag: string; file: string }>();
  for (const item of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    item.tags.forEach((tag, i) => {
      const slug = slugify(tag);
      const line = item.lineOf?.(['tags', i]);
      if (slug === '') {
        problems.push({ file: item.file, line, field: `tags.${i}`, message: `'${tag}' has no letters or digits, so it would have no page; expected a word` });
        return;
      }
      const first = spelling.get(slug);
      if (!first) {
        spelling.set(slug, { tag, file: item.file });
      } else if (first.tag !== tag) {
        const where = first.file === item.file ? 'this file' : first.file;
        problems.push({
          file: item.file,
          line,
          field: `tags.${i}`,
          message: `'${tag}' would share the page /tags/${slug}/ with '${first.tag}' (in ${where}); expected the same spelling, '${first.tag}'`,
        });
      } else if (first.file === item.file && item.tags.indexOf(tag) !== i) {
        problems.push({ file: item.file, line, field: `tags.${i}`, message: `'${tag}' is listed twice; expected each tag once` });
      }
    });
  }
  return problems;
}
