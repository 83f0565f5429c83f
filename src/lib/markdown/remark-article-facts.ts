import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { countWords, readingMinutes } from '../content/reading-time';

/** Facts about a document that its page needs, exposed as remarkPluginFrontmatter. */
export interface ArticleFacts {
  /** True when the document has any math, so the page loads KaTeX's stylesheet. */
  hasMath: boolean;
  words: number;
  readingMinutes: number;
}

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkArticleFacts() {
  return (tree: Root, file: VFile) => {
    let hasMath = false;
    let words = 0;
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') hasMath = true;
      else if (node.type === 'text') words += countWords(node.value);
    });
    const facts: ArticleFacts = { hasMath, words, readingMinutes: readingMinutes(words) };
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter = { ...data.astro.frontmatter, ...facts };
  };
}
