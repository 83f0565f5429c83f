/**
 * Syntax highlighting without inline styles, so the content security policy needs no
 * 'unsafe-inline' for styles. Shiki colours each token for both themes; instead of writing
 * style="--shiki-light:#24292e;--shiki-dark:#e1e4e8" on every span, each declaration becomes a
 * class (sh-light-24292e sh-dark-e1e4e8) that codeColourStylesheet() defines once, from the themes'
 * own palettes. A colour missing from that stylesheet fails the build rather than showing black.
 */
import type { Element, ElementContent, Root } from 'hast';
import { bundledLanguages, bundledThemes, codeToHast, type BundledTheme, type ShikiTransformer } from 'shiki';
import { visit } from 'unist-util-visit';

export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const satisfies Record<string, BundledTheme>;

/** "--shiki-light:#24292E" → "sh-light-24292e"; "--shiki-dark-font-style:italic" → "sh-dark-font-style-italic". */
export function declarationClass(property: string, value: string): string {
  return `sh-${property.replace(/^--shiki-/, '')}-${value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')}`;
}

function colourOf(value: unknown): string[] {
  return typeof value === 'string' && /^#[0-9a-f]{3,8}$/i.test(value) ? [value] : [];
}

/** Every declaration the two themes can produce, as one rule per class. */
export async function codeColourStylesheet(): Promise<string> {
  const rules = new Map<string, string>();
  for (const [mode, name] of Object.entries(CODE_THEMES)) {
    const theme = (await bundledThemes[name]()).default as {
      colors?: Record<string, string>;
      tokenColors?: { settings?: { foreground?: string; background?: string; fontStyle?: string } }[];
    };
    const colours = [
      ...Object.values(theme.colors ?? {}).flatMap(colourOf),
      ...(theme.tokenColors ?? []).flatMap((t) => colourOf(t.settings?.foreground)),
    ];
    for (const colour of colours) rules.set(declarationClass(`--shiki-${mode}`, colour), `--shiki-${mode}:${colour.toLowerCase()}`);
    for (const colour of Object.values(theme.colors ?? {}).flatMap(colourOf)) {
      rules.set(declarationClass(`--shiki-${mode}-bg`, colour), `--shiki-${mode}-bg:${colour.toLowerCase()}`);
    }
    for (const style of ['italic', 'bold', 'underline', 'normal', 'none', 'strikethrough']) {
      const css =
        style === 'bold'
          ? `--shiki-${mode}-font-weight:bold`
          : style === 'underline' || style === 'strikethrough' || style === 'none'
            ? `--shiki-${mode}-text-decoration:${style === 'strikethrough' ? 'line-through' : style}`
            : `--shiki-${mode}-font-style:${style}`;
      const [property = '', value = ''] = css.split(':');
      rules.set(declarationClass(property, value), css);
    }
  }
  return [...rules].map(([cls, css]) => `.${cls}{${css}}`).join('\n') + '\n';
}

/** The style attribute's declarations as classes; anything that is not a Shiki variable is dropped (the site's CSS sets it). */
export function transformerStyleToClass(known?: ReadonlySet<string>): ShikiTransformer {
  const convert = (node: Element) => {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    delete node.properties['style'];
    const classes = style
      .split(';')
      .map((d) => d.split(':'))
      .filter(([property]) => property?.trim().startsWith('--shiki-'))
      .map(([property = '', ...value]) => {
        const cls = declarationClass(property.trim(), value.join(':'));
        if (known && !known.has(cls))
          throw new Error(`code highlighting: no stylesheet rule for ${property.trim()}:${value.join(':')} (${cls})`);
        return cls;
      });
    if (classes.length > 0) {
      const existing = node.properties['className'];
      node.properties['className'] = [
        ...(Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? [existing] : []),
        ...classes,
      ];
    }
  };
  return {
    name: 'conundra:style-to-class',
    root(root) {
      visit(root, 'element', convert);
    },
  };
}

function textOf(node: ElementContent): string {
  return node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
}

let knownClasses: Promise<Set<string>> | undefined;

/** Highlights every ```lang block (not maths, which KaTeX renders) with classes for colours. */
export function rehypeCodeHighlight() {
  return async (tree: Root) => {
    const blocks: { pre: Element; code: Element; lang: string }[] = [];
    visit(tree, 'element', (pre) => {
      const code = pre.tagName === 'pre' ? pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code') : undefined;
      if (!code) return;
      const classes = Array.isArray(code.properties['className']) ? code.properties['className'].map(String) : [];
      const lang = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length) ?? 'plaintext';
      if (lang === 'math') return;
      blocks.push({ pre, code, lang });
    });
    if (blocks.length === 0) return;
    knownClasses ??= codeColourStylesheet().then((css) => new Set([...css.matchAll(/^\.([\w-]+)\{/gm)].map((m) => m[1] ?? '')));
    const known = await knownClasses;
    for (const { pre, code, lang } of blocks) {
      const language = lang in bundledLanguages ? lang : 'plaintext';
      const highlighted = await codeToHast(textOf(code).replace(/\n$/, ''), {
        lang: language,
        themes: CODE_THEMES,
        defaultColor: false,
        transformers: [transformerStyleToClass(known)],
      });
      const replacement = highlighted.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
      if (!replacement) continue;
      const classes = Array.isArray(replacement.properties['className']) ? replacement.properties['className'].map(String) : [];
      // .astro-code keeps the site's existing code styles; data-language as Astro's own highlighter wrote it.
      Object.assign(pre, {
        ...replacement,
        properties: { ...replacement.properties, className: ['astro-code', ...classes], dataLanguage: lang },
      });
    }
  };
}
