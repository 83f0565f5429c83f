import { describe, expect, it } from 'vitest';
import { cardTree, titleFontSize, CARD_HEIGHT, CARD_WIDTH, type CardInput, type CardNode } from '../../../src/lib/publishing/social-card';
import { socialCardPath } from '../../../src/lib/publishing/social-card-path';

const input = (overrides: Partial<CardInput> = {}): CardInput => ({
  title: 'Parameters and hyperparameters',
  kicker: 'Conundra #1',
  siteName: 'Conundra',
  tagline: 'Machine learning for medicine, one confusable pair at a time',
  ...overrides,
});

function nodes(tree: CardNode): CardNode[] {
  const children = tree.props.children;
  return [tree, ...(Array.isArray(children) ? children.flatMap(nodes) : [])];
}

const texts = (tree: CardNode) => nodes(tree).flatMap((n) => (typeof n.props.children === 'string' ? [n.props.children] : []));

function nodeWithText(tree: CardNode, text: string): CardNode {
  const found = nodes(tree).find((n) => n.props.children === text);
  if (found === undefined) throw new Error(`no node with text ${JSON.stringify(text)}`);
  return found;
}

describe('cardTree', () => {
  it('is a plain 1200×630 satori tree on the site background', () => {
    const tree = cardTree(input());
    expect(tree.type).toBe('div');
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: '#fbfaf7' });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    // Satori needs every div with more than one child to say display: flex.
    for (const n of nodes(tree)) {
      if (Array.isArray(n.props.children) && n.props.children.length > 1) expect(n.props.style['display']).toBe('flex');
    }
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
  });

  it('shows the title, kicker, site name and tagline', () => {
    const tree = cardTree(input({ title: 'Bias–variance trade-off', kicker: 'Glossary' }));
    expect(texts(tree)).toEqual(
      expect.arrayContaining([
        'Bias–variance trade-off',
        'Glossary',
        'Conundra',
        'Machine learning for medicine, one confusable pair at a time',
      ]),
    );
  });

  it('sets the kicker in the teal accent, uppercase and letter-spaced', () => {
    const style = nodeWithText(cardTree(input({ kicker: 'Conundra #3' })), 'Conundra #3').props.style;
    expect(style).toMatchObject({ color: '#0b5d70', textTransform: 'uppercase' });
    expect(style['letterSpacing']).toBeGreaterThan(0);
  });

  it('trims the title', () => {
    expect(texts(cardTree(input({ title: '  Overfitting  ' })))).toContain('Overfitting');
  });

  it('leaves the tagline out when there is none', () => {
    const tree = cardTree({ title: 'Calibration', kicker: 'Glossary', siteName: 'Conundra' });
    expect(texts(tree)).toEqual(['Glossary', 'Calibration', 'Conundra']);
  });

  it('draws the mark as two round, bordered divs', () => {
    const rings = nodes(cardTree(input())).filter((n) => n.props.style['borderRadius'] === '50%');
    expect(rings).toHaveLength(2);
    for (const ring of rings) expect(String(ring.props.style['border'])).toContain('#0b5d70');
  });
});

describe('title font size', () => {
  const sizeOf = (title: string) => nodeWithText(cardTree(input({ title })), title).props.style['fontSize'];

  it('shrinks in steps as titles get longer', () => {
    const short = 'Parameters and hyperparameters'; // 30 characters
    const medium = 'Sensitivity, specificity, precision and recall'; // 46
    const long = 'A very long title about discrimination, calibration and decision curves in practice'; // 84
    expect(sizeOf(short)).toBe(76);
    expect(sizeOf(medium)).toBe(64);
    expect(sizeOf(long)).toBe(52);
  });

  it('changes at 40 and 70 characters', () => {
    expect(titleFontSize('x'.repeat(40))).toBe(76);
    expect(titleFontSize('x'.repeat(41))).toBe(64);
    expect(titleFontSize('x'.repeat(70))).toBe(64);
    expect(titleFontSize('x'.repeat(71))).toBe(52);
  });

  it('counts characters, not UTF-16 units or surrounding space', () => {
    expect(titleFontSize(`  ${'β'.repeat(40)}  `)).toBe(76);
    expect(titleFontSize('𝛽'.repeat(40))).toBe(76);
  });
});

describe('socialCardPath', () => {
  it('names the PNG the og endpoint writes, site-relative', () => {
    expect(socialCardPath('issues', 'parameters-and-hyperparameters')).toBe('/og/issues/parameters-and-hyperparameters.png');
    expect(socialCardPath('glossary', 'auc')).toBe('/og/glossary/auc.png');
  });
});

describe('renderCard', () => {
  it('renders a 1200×630 PNG from the bundled font', async () => {
    // Imported here so the tests above never load satori or resvg's native binary.
    const { loadCardFonts, renderCard } = await import('../../../src/lib/publishing/social-card-render');
    const fonts = await loadCardFonts();
    expect(await loadCardFonts()).toBe(fonts);
    const png = await renderCard(input(), fonts);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });
});
