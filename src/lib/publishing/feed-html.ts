import type { Element, ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { escapeHtml } from '../util/escape-html';

/**
 * Turns an issue's rendered HTML into HTML that feed readers show well:
 * formulas as MathML only (KaTeX's visual HTML needs its stylesheet, which
 * feed readers do not load), interactive figures replaced by their caption
 * and a link, and every relative link and image made absolute.
 */
export interface FeedHtmlOptions {
  /** The absolute URL of the page, which relative links resolve against. */
  pageUrl: string;
}

export const classes = (node: Element): string[] => {
  const value: unknown = node.properties['className'];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
};

export const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** The epigraph as the page shows it (components/Epigraph.astro), for HTML that is read without the site's layout. */
export function epigraphHtml({ text, author }: { text: string; author: string }): string {
  return `<figure class="epigraph"><blockquote><p>“${escapeHtml(text)}”</p></blockquote><figcaption>— ${escapeHtml(author)}</figcaption></figure>`;
}

/** Makes the element's relative href or src absolute, so it works wherever the HTML is read. */
export function absolutise(node: Element, pageUrl: string): void {
  for (const attribute of ['href', 'src'] as const) {
    const value = node.properties[attribute];
    if (typeof value === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(value)) node.properties[attribute] = new URL(value, pageUrl).href;
  }
}

export function feedHtml(html: string, { pageUrl }: FeedHtmlOptions): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;

  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const cls = classes(node);
    if (node.tagName === 'script' || node.tagName === 'style' || cls.includes('katex-html')) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'figure' && cls.includes('island')) {
      const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
      const replacement: Element = {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'em',
            properties: {},
            children: [{ type: 'text', value: `Interactive figure. ${caption ? textOf(caption).trim().replace(/\s+/g, ' ') : ''} ` }],
          },
          { type: 'element', tagName: 'a', properties: { href: pageUrl }, children: [{ type: 'text', value: 'Open it on the site.' }] },
        ],
      };
      parent.children.splice(index, 1, replacement);
      return [SKIP, index + 1];
    }
    absolutise(node, pageUrl);
    // Data attributes and scoped-style markers mean nothing outside the site.
    node.properties = Object.fromEntries(Object.entries(node.properties).filter(([key]) => !key.startsWith('data')));
    return undefined;
  });

  return unified().use(rehypeStringify).stringify(tree);
}
