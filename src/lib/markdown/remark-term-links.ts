import { readdirSync, statSync } from 'node:fs';
import type { Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { didYouMean } from '../util/suggest';
import { pathTo } from '../site/urls';
import { ContentError, sourceLocation } from '../content/source-path';

export interface TermLinkOptions {
  /** Folder of glossary Markdown files; each file name is a term slug. */
  glossaryDir: string;
  /** Deployment base path, so rewritten links work under a sub-path. */
  basePath: string;
}

export const TERM_SCHEME = 'term:';

let listing: { dir: string; mtimeMs: number; slugs: Set<string> } | undefined;

/** The slugs of every term file in the glossary folder. */
export function knownSlugs(glossaryDir: string): Set<string> {
  // Re-read whenever the folder changes, so a term added while `astro dev` runs is seen,
  // but not for every file of a build: the listing of a 2,000-term glossary is not free.
  const { mtimeMs } = statSync(glossaryDir);
  if (listing?.dir !== glossaryDir || listing.mtimeMs !== mtimeMs) {
    const names = readdirSync(glossaryDir).filter((name) => name.endsWith('.md'));
    listing = { dir: glossaryDir, mtimeMs, slugs: new Set(names.map((name) => name.slice(0, -3))) };
  }
  return listing.slugs;
}

function termSlugAttribute(node: MdxJsxFlowElement | MdxJsxTextElement): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'slug') {
      return typeof attribute.value === 'string' ? attribute.value : undefined;
    }
  }
  return undefined;
}

/**
 * Checks every reference to a glossary term at build time and fails with the
 * file, the slug and the closest real slug. Markdown writes `[text](term:slug)`;
 * MDX writes `<Term slug="slug">text</Term>`. Markdown links become real links.
 */
export function remarkTermLinks(options: TermLinkOptions) {
  return (tree: Root, file: VFile) => {
    const slugs = knownSlugs(options.glossaryDir);
    const check = (slug: string | undefined, node: Link | MdxJsxFlowElement | MdxJsxTextElement, form: string) => {
      if (slug !== undefined && slugs.has(slug)) return;
      const shown = slug === undefined ? 'a missing or non-literal slug' : `unknown glossary term '${slug}'`;
      const hint = slug === undefined ? 'write slug="some-term" as a plain string' : didYouMean(slug, [...slugs]);
      throw new ContentError(`${sourceLocation(file, node.position)}: ${shown} in ${form} (${hint})`);
    };

    visit(tree, (node) => {
      if (node.type === 'link' && node.url.startsWith(TERM_SCHEME)) {
        const slug = node.url.slice(TERM_SCHEME.length);
        check(slug, node, `link '${node.url}'`);
        node.url = pathTo(`/glossary/${slug}/`, options.basePath);
        node.data = { ...node.data, hProperties: { className: ['term-link'], dataTerm: slug } };
      } else if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term') {
        check(termSlugAttribute(node), node, '<Term>');
      }
    });
  };
}
