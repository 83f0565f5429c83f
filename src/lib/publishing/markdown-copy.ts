/**
 * The Markdown copy of an issue or term, for machines and for readers who want
 * the text: built from the MDX or Markdown source, not scraped from the page.
 * Formulas stay TeX; interactive figures become their caption and a link to
 * the figure on the page; <Term> elements and [x](term:slug) links become
 * ordinary absolute links; <KeyPoints> becomes a headed list; the quiz becomes
 * its questions with the answers in a list. Pure: the caller supplies URLs and
 * figure captions.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { stringify as toYaml } from 'yaml';

/** The Markdown copy's path next to its page: /issues/x/ → /issues/x/index.md. */
export const markdownPath = (pagePath: string): string => `${pagePath.replace(/\/?$/, '/')}index.md`;

/** An interactive figure as the page shows it: its caption and the id of the element that anchors it. */
export interface FigureCaption {
  caption: string;
  id?: string | undefined;
}

export interface QuizQuestion {
  question: string;
  options: readonly { text: string; correct: boolean; explanation: string }[];
}

export interface MarkdownCopyInput {
  /** The entry's body: MDX for issues, Markdown for terms, without frontmatter. */
  body: string;
  /** Parse the body as MDX (issues) rather than plain Markdown (terms). */
  mdx: boolean;
  title: string;
  /** The page's canonical URL, absolute; figure links point into it. */
  url: string;
  /** Publication date; the build date for terms without one. */
  date: Date;
  updated?: Date | undefined;
  description?: string | undefined;
  /** Extra frontmatter fields, such as a term's aliases or an issue's series and number. */
  extra?: Record<string, unknown> | undefined;
  /** A paragraph shown under the title, such as a term's one-sentence definition. */
  lead?: string | undefined;
  /** The absolute URL of a glossary term. */
  termUrl: (slug: string) => string;
  /** The absolute URL of a site path such as /issues/x/ (the base path applied). */
  siteUrl: (path: string) => string;
  /** Interactive figures in the order the page shows them. */
  figures?: readonly FigureCaption[] | undefined;
  quiz?: readonly QuizQuestion[] | undefined;
}

/** Components that are not figures: they carry prose and have their own Markdown form. */
const PROSE_COMPONENTS = new Set(['Term', 'KeyPoints']);

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Root-relative and term: links made absolute, so the copy works wherever it is read. */
function absolute(url: string, input: MarkdownCopyInput): string {
  if (url.startsWith('term:')) return input.termUrl(url.slice('term:'.length));
  if (url.startsWith('/')) return input.siteUrl(url);
  if (url.startsWith('#')) return `${input.url}${url}`;
  return url;
}

function quizSection(quiz: readonly QuizQuestion[]): RootContent[] {
  const nodes: RootContent[] = [heading(2, 'Check your understanding')];
  quiz.forEach((q, i) => {
    nodes.push(heading(3, `Question ${i + 1}`), paragraph(text(q.question)));
    const list: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: q.options.map((o): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [
          paragraph(
            o.correct ? { type: 'strong', children: [text(o.text)] } : text(o.text),
            text(o.correct ? ' Correct. ' : ' Not quite. '),
            text(o.explanation),
          ),
        ],
      })),
    };
    nodes.push(list);
  });
  return nodes;
}

export function markdownCopy(input: MarkdownCopyInput): string {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath);
  if (input.mdx) processor.use(remarkMdx);
  const tree = processor.parse(input.body) as Root;
  const figures = [...(input.figures ?? [])];

  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    // Imports and {expressions} mean nothing outside the site.
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'link') {
      node.url = absolute(node.url, input);
      return undefined;
    }
    if (node.type === 'image') {
      node.url = absolute(node.url, input);
      return undefined;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
    const name = node.name ?? '';
    if (name === 'Term') {
      const slug = attribute(node, 'slug') ?? '';
      const link = { type: 'link', url: input.termUrl(slug), children: node.children } as PhrasingContent;
      parent.children.splice(index, 1, link as never);
      return index;
    }
    if (name === 'KeyPoints') {
      parent.children.splice(index, 1, heading(2, 'Key points') as never, ...(node.children as never[]));
      return index + 1;
    }
    if (!PROSE_COMPONENTS.has(name)) {
      const figure = figures.shift();
      const caption = figure?.caption.trim().replace(/\s+/g, ' ');
      const href = figure?.id ? `${input.url}#${figure.id}` : input.url;
      const replacement = paragraph({ type: 'emphasis', children: [text('Interactive figure.')] }, text(caption ? ` ${caption} ` : ' '), {
        type: 'link',
        url: href,
        children: [text('Open the figure on the page.')],
      });
      parent.children.splice(index, 1, replacement as never);
      return [SKIP, index + 1];
    }
    return undefined;
  });

  const head: RootContent[] = [{ type: 'heading', depth: 1, children: [text(input.title)] }];
  if (input.lead) head.push({ type: 'blockquote', children: [paragraph(text(input.lead))] });
  tree.children = [...head, ...tree.children, ...(input.quiz?.length ? quizSection(input.quiz) : [])];

  const markdown = unified()
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true })
    .use(remarkGfm)
    .use(remarkMath)
    .stringify(tree);

  const frontmatter = {
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    url: input.url,
    date: isoDate(input.date),
    ...(input.updated ? { updated: isoDate(input.updated) } : {}),
    ...input.extra,
  };
  return `---\n${toYaml(frontmatter, { lineWidth: 0 })}---\n\n${markdown}`;
}
