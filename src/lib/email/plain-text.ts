/**
 * The plain-text part of the email, for clients and readers that want no HTML:
 * headings, lists, formulas as their TeX source, and links as numbered
 * references gathered at the end, so the prose is not broken up by URLs.
 */
import { convert, type FormatCallback } from 'html-to-text';

interface Metadata {
  links: string[];
}

const attr = (elem: { attribs?: Record<string, string> }, name: string) => elem.attribs?.[name] ?? '';

const numberedLink: FormatCallback = (elem, walk, builder) => {
  const href = attr(elem, 'href');
  walk(elem.children, builder);
  if (href === '' || href.startsWith('#')) return;
  // html-to-text hands convert()'s third argument to formatters as builder.metadata; its types omit it.
  const links = (builder as unknown as { metadata: Metadata }).metadata.links;
  let n = links.indexOf(href) + 1;
  if (n === 0) n = links.push(href);
  builder.addInline(` [${n}]`, { noWordTransform: true });
};

const formula: FormatCallback = (elem, _walk, builder) => {
  const cls = attr(elem, 'class');
  if (cls.includes('figure-image')) return;
  if (!cls.includes('math')) return;
  const tex = attr(elem, 'alt');
  builder.addInline(elem.parent && attr(elem.parent as never, 'class').includes('display-math') ? `$$ ${tex} $$` : `$${tex}$`, {
    noWordTransform: true,
  });
};

export function emailPlainText(html: string): string {
  const metadata: Metadata = { links: [] };
  const body = convert(
    html,
    {
      wordwrap: 78,
      formatters: { numberedLink, formula },
      selectors: [
        { selector: 'a', format: 'numberedLink' },
        { selector: 'img', format: 'formula' },
        { selector: 'div.preheader', format: 'skip' },
        { selector: 'h1', options: { uppercase: false } },
        { selector: 'h2', options: { uppercase: false, leadingLineBreaks: 2 } },
        { selector: 'h3', options: { uppercase: false } },
        { selector: 'table.data', format: 'dataTable', options: { uppercaseHeaderCells: false } },
        { selector: 'table', format: 'block' },
        { selector: 'td.cell', format: 'block' },
      ],
    },
    metadata,
  );
  const references = metadata.links.map((href, i) => `[${i + 1}] ${href}`).join('\n');
  return `${body.trim()}\n\nLinks\n${references}\n`;
}
