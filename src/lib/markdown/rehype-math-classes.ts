/**
 * KaTeX positions every glyph with style="" attributes (struts' heights, vlists' offsets), which a
 * style policy without 'unsafe-inline' blocks. This plugin turns each declaration inside KaTeX's
 * output into a class that spells it out (height:0.6944em → kx_height_0_2e6944em), and
 * mathLayoutStylesheet() writes the rule for every such class the built pages use
 * (src/integrations/math-layout.ts). The classes are self-describing, so the stylesheet can be
 * rebuilt from the pages alone, whatever the caches kept.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const PREFIX = 'kx_';

/** The stylesheet's name at the site root; src/layouts/Base.astro links it on pages with math. */
export const MATH_LAYOUT_FILE = 'math-layout.css';

/** "margin-right", "-0.05em" → "kx_margin-right__2d0_2e05em": letters and digits kept, other ASCII as _hex (KaTeX writes only ASCII). */
export function mathClass(property: string, value: string): string {
  const encoded = [...value.trim()]
    .map((c) => (/[a-z0-9]/.test(c) ? c : `_${(c.codePointAt(0)! & 0xff).toString(16).padStart(2, '0')}`))
    .join('');
  return `${PREFIX}${property.trim().toLowerCase()}_${encoded}`;
}

/** The declaration a class stands for, or undefined for any other class. */
export function mathDeclaration(cls: string): { property: string; value: string } | undefined {
  const match = /^kx_([a-z-]+)_((?:[a-z0-9]|_[0-9a-f]{2})*)$/.exec(cls);
  if (!match) return undefined;
  const value = (match[2] ?? '').replace(/_([0-9a-f]{2})/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
  return { property: match[1] ?? '', value };
}

/** Every class in a page's HTML that mathClass() made. */
export function mathClassesIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\bkx_[a-z-]+_(?:[a-z0-9]|_[0-9a-f]{2})*/g)].map((m) => m[0]));
}

/** One rule per class; !important because the inline style it replaces beat KaTeX's own rules. */
export function mathLayoutStylesheet(classes: Iterable<string>): string {
  const rules = [...new Set(classes)].sort().flatMap((cls) => {
    const declaration = mathDeclaration(cls);
    // Values are KaTeX's lengths and keywords; anything that could close the rule is refused.
    if (!declaration || /[{};<>]/.test(declaration.value)) return [];
    return [`.${cls}{${declaration.property}:${declaration.value}!important}`];
  });
  return `${rules.join('\n')}\n`;
}

function classList(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : String(value).split(/\s+/);
}

function convert(node: Element, seen?: (cls: string) => void): void {
  const style = node.properties['style'];
  if (typeof style === 'string') {
    delete node.properties['style'];
    const added = style
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const at = d.indexOf(':');
        return mathClass(d.slice(0, at), d.slice(at + 1));
      });
    added.forEach((cls) => seen?.(cls));
    node.properties['className'] = [...classList(node), ...added];
  }
  for (const child of node.children) if (child.type === 'element') convert(child, seen);
}

/** Runs after rehype-katex. `seen` hears every class made, so `astro dev` can serve the rules before any build. */
export function rehypeMathClasses(options: { seen?: (cls: string) => void } = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = classList(node);
      if (!classes.includes('katex') && !classes.includes('katex-display')) return;
      convert(node, options.seen);
      return 'skip';
    });
  };
}
