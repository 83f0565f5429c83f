import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { pathTo } from '../site/urls';

/**
 * Editors write site links from the root ("/glossary/"); this prefixes the
 * deployment base path so the same Markdown works under a sub-path.
 */
export function remarkBaseLinks(options: { basePath: string }) {
  return (tree: Root) => {
    if (options.basePath === '/') return;
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'image') && node.url.startsWith('/') && !node.url.startsWith('//')) {
        node.url = pathTo(node.url, options.basePath);
      }
    });
  };
}
