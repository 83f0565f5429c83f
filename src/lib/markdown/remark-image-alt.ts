import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, sourceLocation } from '../content/source-path';

/**
 * Every image needs alt text: a screen-reader user otherwise hears only a file
 * name. Decorative images are not part of article content here, so there is
 * no empty-alt exception.
 */
export function remarkImageAlt() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const missing =
        (node.type === 'image' && !node.alt?.trim()) ||
        ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
          node.name === 'img' &&
          !node.attributes.some(
            (a) => a.type === 'mdxJsxAttribute' && a.name === 'alt' && typeof a.value === 'string' && a.value.trim() !== '',
          ));
      if (missing) {
        const src = node.type === 'image' ? node.url : 'an <img> element';
        throw new ContentError(
          `${sourceLocation(file, node.position)}: image ${node.type === 'image' ? `'${src}'` : src} has no alt text (expected a short description of what the image shows, e.g. ![Chest X-ray with a right lower lobe opacity](…))`,
        );
      }
    });
  };
}
