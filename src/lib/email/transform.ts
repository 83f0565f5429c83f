/**
 * The email edition's body: the rendered HTML, as the feeds use it,
 * made into markup that Gmail, Outlook and Apple Mail all show the same way.
 * Formulas and interactive figures become images, glossary terms plain links,
 * and anything a mail client drops or mangles (scripts, SVG, MathML, custom
 * elements, forms, data attributes, data: URIs) is removed.
 *
 * Pure: the caller says how a formula or a figure becomes an image, so this
 * module never draws or writes anything and its tests need no fonts or files.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { absolutise, classes, textOf } from '../publishing/feed-html';

export interface EmailImage {
  /** Absolute URL of the PNG. */
  src: string;
  /** Size in CSS pixels; the file is drawn at twice this. */
  width: number;
  height: number;
  alt: string;
}

export interface EmailBodyOptions {
  /** Absolute URL of the page: relative links resolve against it, and figures link back to it. */
  pageUrl: string;
  /** The image of a formula, with how far it reaches below the baseline (CSS pixels). */
  formula: (tex: string, display: boolean) => EmailImage & { depth: number };
  /** The image of an island's initial state, by its custom element's name. */
  figure: (island: string) => EmailImage;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

const image = (img: EmailImage, extra: Element['properties'] = {}): Element =>
  element('img', { src: img.src, width: img.width, height: img.height, alt: img.alt, ...extra });

/** The TeX that KaTeX kept in its MathML annotation. */
function texOf(node: Element): string | undefined {
  let tex: string | undefined;
  visit(node, 'element', (child) => {
    if (child.tagName === 'annotation' && child.properties['encoding'] === 'application/x-tex') {
      tex = textOf(child).trim();
      return false;
    }
    return undefined;
  });
  return tex;
}

/** Elements that carry their content but whose tag a mail client would not know: keep the children. */
const isCustomElement = (node: Element) => node.tagName.includes('-');
/** The class names the email's stylesheet (style.ts) styles; the site's own are dropped. */
const EMAIL_CLASSES = new Set([
  'data',
  'table-scroll',
  'key-points',
  'epigraph',
  'epigraph-author',
  'display-math',
  'math',
  'figure',
  'figure-image',
  'figure-caption',
]);
const DROPPED = new Set([
  'script',
  'style',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'link',
  'noscript',
  'template',
]);

function figureReplacement(node: Element, options: EmailBodyOptions): Element {
  const island = classes(node).find((c) => c !== 'island') ?? 'figure';
  const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
  const anchor = typeof node.properties['id'] === 'string' ? node.properties['id'] : caption?.properties['id'];
  const href = typeof anchor === 'string' ? `${options.pageUrl}#${anchor}` : options.pageUrl;
  const captionText = caption ? textOf(caption).trim().replace(/\s+/g, ' ') : '';
  return element('div', { className: ['figure'] }, [
    element('a', { href }, [image(options.figure(island), { className: ['figure-image'] })]),
    element('p', { className: ['figure-caption'] }, [
      ...(captionText ? [text(`${captionText} `)] : []),
      element('a', { href }, [text('Try it on the site')]),
    ]),
  ]);
}

export function emailBody(html: string, options: EmailBodyOptions): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;

  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const cls = classes(node);

    if (cls.includes('katex-display') || cls.includes('katex')) {
      const tex = texOf(node);
      const display = cls.includes('katex-display');
      if (tex === undefined) throw new Error('a formula has no TeX annotation (rendered without KaTeX MathML?)');
      const img = options.formula(tex, display);
      const replacement = display
        ? element('p', { className: ['display-math'] }, [image({ ...img, alt: tex }, { className: ['math'] })])
        : image({ ...img, alt: tex }, { className: ['math'], style: `vertical-align:${-img.depth}px` });
      parent.children.splice(index, 1, replacement);
      return [SKIP, index + 1];
    }
    if (node.tagName === 'figure' && cls.includes('island')) {
      parent.children.splice(index, 1, figureReplacement(node, options));
      return [SKIP, index + 1];
    }
    if (DROPPED.has(node.tagName)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (isCustomElement(node)) {
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
    if (node.tagName === 'img' && typeof node.properties['src'] === 'string' && node.properties['src'].startsWith('data:')) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'table' && !(parent.type === 'element' && classes(parent).includes('table-scroll'))) {
      // A wide table scrolls inside its own box on a phone, so the message itself never scrolls sideways.
      node.properties = { className: ['data'] };
      parent.children.splice(index, 1, element('div', { className: ['table-scroll'] }, [node]));
      return index;
    }
    // Outlook for Windows knows no HTML5 sectioning elements; a div and a p carry the same content.
    if (node.tagName === 'figure' || node.tagName === 'aside' || node.tagName === 'section') node.tagName = 'div';
    if (node.tagName === 'figcaption') {
      node.tagName = 'p';
      if (parent.type === 'element' && classes(parent).includes('epigraph')) {
        node.properties['className'] = ['epigraph-author'];
        return undefined;
      }
    }
    if (node.tagName === 'a') node.properties = { href: node.properties['href'] };
    else {
      const kept = Object.entries(node.properties).filter(
        ([key]) => !key.startsWith('data') && !key.startsWith('aria') && key !== 'tabIndex',
      );
      node.properties = Object.fromEntries(kept);
      // The site's class names mean nothing here; the email's stylesheet knows only these.
      const styled = cls.filter((c) => EMAIL_CLASSES.has(c));
      if (styled.length > 0) node.properties['className'] = styled;
      else delete node.properties['className'];
    }
    absolutise(node, options.pageUrl);
    return undefined;
  });

  return unified().use(rehypeStringify).stringify(tree);
}

/** Every formula in the rendered HTML, so the caller can draw them all before building the body. */
export function formulasIn(html: string): { tex: string; display: boolean }[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const found: { tex: string; display: boolean }[] = [];
  visit(tree, 'element', (node) => {
    const cls = classes(node);
    if (!cls.includes('katex-display') && !cls.includes('katex')) return undefined;
    const tex = texOf(node);
    if (tex !== undefined) found.push({ tex, display: cls.includes('katex-display') });
    return SKIP;
  });
  return found;
}

/** Every island in the rendered HTML, by its custom element's name. */
export function islandsIn(html: string): string[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const found: string[] = [];
  visit(tree, 'element', (node) => {
    const cls = classes(node);
    if (node.tagName !== 'figure' || !cls.includes('island')) return undefined;
    found.push(cls.find((c) => c !== 'island') ?? 'figure');
    return SKIP;
  });
  return found;
}
