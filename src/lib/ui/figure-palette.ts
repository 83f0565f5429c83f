/**
 * The colour roles the interactive figures draw with. Render functions take a
 * palette and write its colours as SVG presentation attributes (fill=, stroke=),
 * never as style attributes, so one render code serves two outputs:
 *
 * - the page, with CSS_PALETTE: `var(--token)` references, so the figure
 *   follows the light or dark theme like the rest of the site;
 * - the email edition's PNGs, with LIGHT_PALETTE: the light theme's hex values
 *   written in, for a renderer that knows no CSS (resvg).
 *
 * Data colours that do not depend on the theme (the heat map's scale, the
 * white markers on it) are not roles; the render code writes them directly.
 */
export interface FigurePalette {
  /** Main text and strong strokes: --text. */
  ink: string;
  /** Axis labels and secondary lines: --text-muted. */
  muted: string;
  /** Chart frames and axes: --border-strong. */
  frame: string;
  /** Faint grid lines and empty bar tracks: --surface-sunken. */
  grid: string;
  /** The figure's background, also used to knock out marker edges: --surface. */
  surface: string;
  /** The page behind the figure; text drawn on a filled accent: --bg. */
  background: string;
  /** First data series (Okabe–Ito blue): --fig-a. */
  accent: string;
  /** Second data series (Okabe–Ito vermilion): --fig-b. */
  accent2: string;
  /** Third data series (Okabe–Ito green): --fig-c. */
  accent3: string;
  /** The marker for "best so far": --focus. */
  highlight: string;
}

/** Role → design token in src/styles/tokens.css. */
const TOKENS: Record<keyof FigurePalette, string> = {
  ink: '--text',
  muted: '--text-muted',
  frame: '--border-strong',
  grid: '--surface-sunken',
  surface: '--surface',
  background: '--bg',
  accent: '--fig-a',
  accent2: '--fig-b',
  accent3: '--fig-c',
  highlight: '--focus',
};

/** For the page: each role is its token, so the theme (light, dark or the reader's choice) applies. */
export const CSS_PALETTE: FigurePalette = Object.fromEntries(
  Object.entries(TOKENS).map(([role, token]) => [role, `var(${token})`]),
) as unknown as FigurePalette;

/** The light theme's values of the same tokens (the first of each light-dark() pair in tokens.css). */
export const LIGHT_PALETTE: FigurePalette = {
  ink: '#1d2329',
  muted: '#56606b',
  frame: '#a39d90',
  grid: '#f3f1eb',
  surface: '#ffffff',
  background: '#fbfaf7',
  accent: '#0072b2',
  accent2: '#d55e00',
  accent3: '#009e73',
  highlight: '#c2410c',
};

/** The token each role stands for, so a test can check LIGHT_PALETTE against tokens.css. */
export function tokenOf(role: keyof FigurePalette): string {
  return TOKENS[role];
}

/** A generic font list that ends in sans-serif, for SVG text wherever it is rendered. */
export const FIGURE_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
