/**
 * The inputs of each Markdown copy, read from the collections: the routes
 * under src/pages hand them to markdownCopy(). Reads collections, like feeds.ts.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import type { Element, ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import Term from '../../components/Term.astro';
import KeyPoints from '../../components/KeyPoints.astro';
import { publishedIssues, publishedTerms, slugOfIssue, type Issue, type Term as GlossaryTerm } from '../content/queries';
import { absoluteUrl } from '../site/urls';
import { series } from '../../site.config';
import { markdownCopy, type FigureCaption } from './markdown-copy';
import { newest } from './last-modified';

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** The captions of an issue's interactive figures, in page order, read from its rendered HTML. */
function figureCaptions(html: string): FigureCaption[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const figures: FigureCaption[] = [];
  visit(tree, 'element', (node: Element) => {
    const className = node.properties['className'];
    if (node.tagName !== 'figure' || !(Array.isArray(className) && className.includes('island'))) return;
    const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
    const id = caption?.properties['id'] ?? node.properties['id'];
    figures.push({ caption: caption ? textOf(caption).trim().replace(/\s+/g, ' ') : '', id: typeof id === 'string' ? id : undefined });
  });
  return figures;
}

let container: Promise<AstroContainer> | undefined;

async function renderedHtml(issue: Issue): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(issue);
  return (await container).renderToString(Content, { props: { components: { Term, KeyPoints } } });
}

const termUrl = (slug: string) => absoluteUrl(`/glossary/${slug}/`);

export async function issueMarkdown(issue: Issue): Promise<string> {
  const { data } = issue;
  return markdownCopy({
    body: issue.body ?? '',
    mdx: true,
    title: data.title,
    description: data.description,
    url: absoluteUrl(`/issues/${slugOfIssue(issue)}/`),
    date: data.published,
    updated: data.updated,
    extra: { series: series[data.series].name, number: data.number, authors: [...data.authors], tags: [...data.tags] },
    lead: data.description,
    termUrl,
    siteUrl: absoluteUrl,
    figures: figureCaptions(await renderedHtml(issue)),
    quiz: data.quiz,
  });
}

let siteDate: Promise<Date> | undefined;

/** The date of the newest published issue or term: what an undated term page last changed with, as in the sitemap. */
function newestContentDate(): Promise<Date> {
  siteDate ??= Promise.all([publishedIssues(), publishedTerms()]).then(([issues, terms]) => {
    const dates = [...issues, ...terms].flatMap((e) => [e.data.updated, e.data.published]).filter((d): d is Date => d !== undefined);
    return newest(dates) ?? new Date(0);
  });
  return siteDate;
}

export async function termMarkdown(term: GlossaryTerm): Promise<string> {
  const { data } = term;
  return markdownCopy({
    body: term.body ?? '',
    mdx: false,
    title: data.term,
    description: data.short,
    url: termUrl(term.id),
    // Terms need not carry a date; the newest content's date then stands in, as in the sitemap.
    date: data.published ?? (await newestContentDate()),
    updated: data.updated,
    extra: data.aliases.length > 0 ? { aliases: [...data.aliases] } : undefined,
    lead: data.short,
    termUrl,
    siteUrl: absoluteUrl,
  });
}

export const markdownResponse = (markdown: string): Response =>
  new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
