/**
 * The social card (Open Graph / Twitter image) for an issue or glossary term,
 * as a satori element tree: plain { type, props: { style, children } } objects,
 * no JSX and no imports, so unit tests can inspect it without satori, resvg or
 * Astro. Rendering it to PNG is social-card-render.ts's job.
 *
 * Colours are the light theme's tokens (src/styles/tokens.css); every text
 * colour meets WCAG AA on the background.
 */

export interface CardInput {
  /** The issue title or the glossary term's display name. */
  title: string;
  /** "Conundra #3" for an issue, "Glossary" for a term; shown uppercase. */
  kicker: string;
  siteName: string;
  tagline?: string;
}

export type CardStyle = Record<string, string | number>;

export interface CardNode {
  type: string;
  props: { style: CardStyle; children?: string | CardNode[] };
}

/** The card's size in CSS pixels, which is also the PNG's size. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The font families the renderer registers, one per Unicode subset of the
 * bundled font, in fallback order. Satori only falls back between fonts with
 * different names (two subsets under one name render tofu for the second's
 * characters), hence a family per subset.
 */
export const CARD_FONT_FAMILIES = {
  latin: 'Source Sans 3',
  'latin-ext': 'Source Sans 3 Latin Ext',
  greek: 'Source Sans 3 Greek',
} as const;

export type CardFontSubset = keyof typeof CARD_FONT_FAMILIES;

const colours = {
  bg: '#fbfaf7', // --bg
  text: '#1d2329', // --text (15:1 on bg)
  muted: '#56606b', // --text-muted (6.2:1 on bg)
  accent: '#0b5d70', // --accent (7.4:1 on bg)
  border: '#d8d3c8', // --border
} as const;

/** Longer titles get a smaller size, so any title fits in three lines. */
export function titleFontSize(title: string): number {
  const length = [...title.trim()].length;
  if (length <= 40) return 76;
  if (length <= 70) return 64;
  return 52;
}

function node(type: string, style: CardStyle, children?: string | CardNode[]): CardNode {
  return { type, props: children === undefined ? { style } : { style, children } };
}

const div = (style: CardStyle, children?: string | CardNode[]) => node('div', style, children);

/** The site's mark: two overlapping rings, the second fainter, as in favicon.svg. */
function mark(): CardNode {
  const diameter = 48;
  const ring = (left: number, opacity: number) =>
    div({
      position: 'absolute',
      top: 0,
      left,
      width: diameter,
      height: diameter,
      borderRadius: '50%',
      border: `5px solid ${colours.accent}`,
      opacity,
    });
  return div({ display: 'flex', position: 'relative', width: diameter + 21, height: diameter, flexShrink: 0 }, [
    ring(0, 1),
    ring(21, 0.55),
  ]);
}

export function cardTree(input: CardInput): CardNode {
  const title = input.title.trim();
  const fontSize = titleFontSize(title);

  const kicker = div(
    {
      display: 'flex',
      fontSize: 28,
      fontWeight: 700,
      letterSpacing: 4,
      textTransform: 'uppercase',
      color: colours.accent,
    },
    input.kicker,
  );

  const heading = div(
    {
      display: 'block',
      marginTop: 28,
      fontSize,
      fontWeight: 700,
      lineHeight: 1.12,
      letterSpacing: -0.5,
      color: colours.text,
      // A safety net for titles far past the longest size step.
      lineClamp: 3,
    },
    title,
  );

  const brandChildren: CardNode[] = [
    mark(),
    div({ display: 'flex', marginLeft: 18, fontSize: 38, fontWeight: 700, color: colours.text }, input.siteName),
  ];
  if (input.tagline !== undefined && input.tagline.trim() !== '') {
    brandChildren.push(
      div({ display: 'flex', width: 2, height: 40, marginLeft: 26, marginRight: 26, backgroundColor: colours.border }),
      div({ display: 'flex', flexShrink: 1, fontSize: 24, fontWeight: 400, color: colours.muted }, input.tagline.trim()),
    );
  }

  const content = div(
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      flexGrow: 1,
      padding: '76px 88px 64px 72px',
    },
    [div({ display: 'flex', flexDirection: 'column' }, [kicker, heading]), div({ display: 'flex', alignItems: 'center' }, brandChildren)],
  );

  return div(
    {
      display: 'flex',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: colours.bg,
      fontFamily: Object.values(CARD_FONT_FAMILIES)
        .map((name) => `'${name}'`)
        .join(', '),
    },
    [div({ display: 'flex', width: 24, height: '100%', backgroundColor: colours.accent, flexShrink: 0 }), content],
  );
}
