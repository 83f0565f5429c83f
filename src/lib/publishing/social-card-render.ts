/**
 * Renders a social card to PNG: satori lays the tree out as SVG (text drawn as
 * paths), resvg rasterises it, and sharp encodes the PNG (at a third of the
 * time resvg's own encoder takes, for a file of the same size: it matters when
 * an archive has thousands of cards). Kept apart from social-card.ts so the pure
 * tree stays importable in unit tests without satori's WebAssembly or resvg's
 * native binary.
 *
 * Fonts come from the installed @fontsource/source-sans-3 package (.woff, which
 * satori reads; it cannot read .woff2). Nothing is fetched from the network.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { cardTree, CARD_FONT_FAMILIES, CARD_HEIGHT, CARD_WIDTH, type CardFontSubset, type CardInput } from './social-card';

export type SatoriFont = Font;

/**
 * Latin covers English and typographic punctuation (en dashes, curly quotes);
 * latin-ext and greek catch names such as "Łukasiewicz" or a β in a term.
 */
const subsets = Object.keys(CARD_FONT_FAMILIES) as CardFontSubset[];
const weights = [400, 700] as const;

async function readFonts(): Promise<SatoriFont[]> {
  const require = createRequire(import.meta.url);
  const fonts: SatoriFont[] = [];
  for (const subset of subsets) {
    for (const weight of weights) {
      const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`);
      fonts.push({ name: CARD_FONT_FAMILIES[subset], data: await readFile(file), weight, style: 'normal' });
    }
  }
  return fonts;
}

let fontsPromise: Promise<SatoriFont[]> | undefined;

/** The card fonts, read from node_modules once per process. */
export function loadCardFonts(): Promise<SatoriFont[]> {
  fontsPromise ??= readFonts();
  return fontsPromise;
}

/** A 1200×630 PNG of the card. */
export async function renderCard(input: CardInput, fonts: SatoriFont[]): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(cardTree(input), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    // Text is already paths; scanning system fonts for every card would only cost time.
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha() // the card is opaque
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
  return new Uint8Array(png);
}
