import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { ContentError, sourceLocation } from '../content/source-path';

type Positioned = Pick<Node, 'position'>;

/**
 * rehype-katex only warns about TeX it cannot render and prints a red error
 * in the page. A reader should never see that, so any such warning fails the
 * build, at the line of the nearest element that still knows its position.
 */
export function rehypeMathErrors() {
  return (_tree: unknown, file: VFile) => {
    const problem = file.messages.find((m) => m.source === 'rehype-katex');
    if (!problem) return;
    const cause = problem.cause instanceof Error ? problem.cause.message : problem.reason;
    const located = [...((problem.ancestors ?? []) as Positioned[])].reverse().find((node) => node.position);
    throw new ContentError(`${sourceLocation(file, located?.position)}: invalid TeX: ${cause}`);
  };
}
