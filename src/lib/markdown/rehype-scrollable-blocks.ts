import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Long display equations and wide tables scroll sideways on a phone. A
 * keyboard user must be able to scroll them too, so each can take focus
 * (WCAG 2.1.1); prose.css draws the focus ring.
 */
export function rehypeScrollableBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const cls = node.properties['className'];
      if (node.tagName === 'table' || (Array.isArray(cls) && cls.includes('katex-display'))) node.properties['tabIndex'] = 0;
    });
  };
}
