import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE, tokenOf, type FigurePalette } from '../../../src/lib/ui/figure-palette';
import { staticFigure as bayesOpt } from '../../../src/islands/bayes-opt/static-figure';
import { staticFigure as dimensionExplosion } from '../../../src/islands/dimension-explosion/static-figure';
import { staticFigure as prevalenceExplorer } from '../../../src/islands/prevalence-explorer/static-figure';
import { staticFigure as reliabilityDiagram } from '../../../src/islands/reliability-diagram/static-figure';
import { staticFigure as rocThreshold } from '../../../src/islands/roc-threshold/static-figure';
import { staticFigure as searchStrategies } from '../../../src/islands/search-strategies/static-figure';

const figures = {
  'search-strategies': searchStrategies,
  'bayes-opt': bayesOpt,
  'dimension-explosion': dimensionExplosion,
  'prevalence-explorer': prevalenceExplorer,
  'roc-threshold': rocThreshold,
  'reliability-diagram': reliabilityDiagram,
};

/**
 * Well-formed XML, checked by hand so the test needs no parser of its own:
 * every tag closes in order, attributes are quoted, and the only entities are
 * XML's five. (resvg, below, parses it again with a strict XML parser.)
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/<\?xml[^>]*\?>/, '');
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos);)/g)) {
    const [token, closing, name, , selfClosing] = match;
    if (token === '<') problems.push(`stray < at ${match.index}`);
    else if (token.startsWith('&')) problems.push(`bare & at ${match.index}`);
    else if (closing) {
      if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element at ${match.index}`);
    } else if (!selfClosing) stack.push(name!);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}

describe('LIGHT_PALETTE', () => {
  it('holds the light theme’s value of each token in tokens.css', () => {
    const css = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');
    for (const [role, value] of Object.entries(LIGHT_PALETTE)) {
      const token = tokenOf(role as keyof FigurePalette);
      const light = new RegExp(`${token}:\\s*light-dark\\((#[0-9a-f]{6})`, 'i').exec(css)?.[1];
      expect(light, `${role} (${token})`).toBe(value);
    }
  });
});

describe.each(Object.entries(figures))('%s staticFigure', (_name, staticFigure) => {
  const figure = staticFigure(LIGHT_PALETTE);

  it('is one well-formed, standalone SVG document of the stated size', () => {
    expect(xmlProblems(figure.svg)).toEqual([]);
    expect(figure.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(figure.svg).toContain(` width="${figure.width}" height="${figure.height}" viewBox="0 0 ${figure.width} ${figure.height}"`);
    expect(figure.svg.endsWith('</svg>')).toBe(true);
  });

  it('writes its colours in: no CSS variables, style attributes, scripts or HTML', () => {
    for (const forbidden of ['var(', 'style=', '<style', '<script', '<foreignObject', 'NaN', 'Infinity', 'undefined']) {
      expect(figure.svg).not.toContain(forbidden);
    }
    expect(figure.svg).toMatch(/font-family="[^"]*sans-serif"/);
  });

  it('has a one-sentence alt text', () => {
    expect(figure.alt).toMatch(/^[A-Z].{40,400}\.$/);
    expect(figure.alt.split(/\.\s+[A-Z]/)).toHaveLength(1);
  });

  it('renders with resvg to a PNG of that size', () => {
    const png = new Resvg(figure.svg, { font: { loadSystemFonts: true } }).render();
    expect(png.width).toBe(figure.width);
    expect(png.height).toBe(figure.height);
    const bytes = png.asPng();
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });
});
