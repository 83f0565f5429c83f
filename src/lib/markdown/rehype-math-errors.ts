import type { VFile } from 'vfile';
import { ContentError, sourceLocation } from './source-path';

/**
 * rehype-katex only warns about TeX it cannot render and prints a red error
 * in the page. A reader should never see that, so any such warning fails the build.
 */
export function rehypeMathErrors() {
  return (_tree: unknown, file: VFile) => {
    const problem = file.messages.find((m) => m.source === 'rehype-katex');
    if (!problem) return;
    const cause = problem.cause instanceof Error ? problem.cause.message : problem.reason;
    throw new ContentError(
      `${sourceLocation(file, problem.place && 'start' in problem.place ? problem.place : undefined)}: invalid TeX: ${cause}`,
    );
  };
}
