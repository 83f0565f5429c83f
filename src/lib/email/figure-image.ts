/**
 * Interactive figures for the email edition: each island's initial state, from
 * the same render code as its server-rendered SVG (its static-figure.ts) with
 * the light theme's colours written in, drawn to a PNG at 2× with resvg. No
 * browser runs at build time, and the text is set in the site's own font,
 * read from node_modules, so the picture is the same on every machine.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { EMAIL_COLOURS } from './style';

export interface StaticFigure {
  svg: string;
  width: number;
  height: number;
  alt: string;
}

export interface FigureImage {
  file: string;
  png: Buffer;
  width: number;
  height: number;
  alt: string;
}

const require = createRequire(import.meta.url);
const FONT_FILES = [
  '400Regular/SourceSans3_400Regular.ttf',
  '600SemiBold/SourceSans3_600SemiBold.ttf',
  '700Bold/SourceSans3_700Bold.ttf',
].map((file) => require.resolve(`@expo-google-fonts/source-sans-3/${file}`));
const SCALE = 2;

/** Draws a figure's SVG as a PNG at twice its CSS size, on the email's white so clients in dark mode keep it legible. */
export function drawFigure(name: string, figure: StaticFigure): FigureImage {
  const png = new Resvg(figure.svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    background: EMAIL_COLOURS.background,
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Source Sans 3', sansSerifFamily: 'Source Sans 3' },
  })
    .render()
    .asPng();
  const hash = createHash('sha256').update(png).digest('hex').slice(0, 16);
  return { file: `${name}-${hash}.png`, png, width: figure.width, height: figure.height, alt: figure.alt };
}
