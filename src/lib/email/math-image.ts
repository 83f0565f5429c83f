/**
 * Formulas for the email edition: TeX → SVG with MathJax (glyphs as paths, so
 * no font is needed) → PNG at twice its size on an opaque background. Mail
 * clients drop MathML and KaTeX's HTML, but every one of them shows an image.
 *
 * Each image is named by a hash of what it depends on, so the same TeX gives
 * the same file, a repeated formula is drawn once, and a rebuild finds it in
 * the cache instead of drawing it again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { mathjax } from '@mathjax/src/js/mathjax.js';
import { TeX } from '@mathjax/src/js/input/tex.js';
import { SVG } from '@mathjax/src/js/output/svg.js';
import { liteAdaptor } from '@mathjax/src/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from '@mathjax/src/js/handlers/html.js';
import '@mathjax/src/js/input/tex/base/BaseConfiguration.js';
import '@mathjax/src/js/input/tex/ams/AmsConfiguration.js';
import { MathJaxNewcmFont } from '@mathjax/mathjax-newcm-font/js/svg.js';
import { EMAIL_COLOURS, EMAIL_TEXT_PX } from './style.ts';

/** An image ready to be placed in the email: its file name and its size in CSS pixels. */
export interface FormulaImage {
  file: string;
  width: number;
  height: number;
  /** How far the formula reaches below the text baseline, in CSS pixels (for vertical-align). */
  depth: number;
}

/** Pixels per MathJax ex at the email's text size: the x-height of a sans-serif face is about half its size. */
const EX_PX = EMAIL_TEXT_PX / 2;
const SCALE = 2;
/** Part of every file's hash: change it whenever the drawing changes, so caches and mail clients see new files. */
const RENDER_VERSION = `mathjax-newcm-1;${EX_PX};${SCALE};${EMAIL_COLOURS.text};${EMAIL_COLOURS.background}`;

let converter: ((tex: string, display: boolean) => Promise<string>) | undefined;

function texToSvg(): (tex: string, display: boolean) => Promise<string> {
  if (converter) return converter;
  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  const document = mathjax.document('', {
    InputJax: new TeX({ packages: ['base', 'ams'] }),
    // One picture per formula: an inline formula is never broken across lines.
    OutputJax: new SVG({ fontCache: 'none', fontData: MathJaxNewcmFont, linebreaks: { inline: false } }),
  });
  // The font loads rarer glyph ranges (calligraphic, blackboard bold) on demand.
  mathjax.asyncLoad = (name: string) => import(name);
  converter = async (tex, display) => adaptor.innerHTML(await document.convertPromise(tex, { display }));
  return converter;
}

export function formulaFileName(tex: string, display: boolean): string {
  const hash = createHash('sha256')
    .update(`${RENDER_VERSION}\n${display ? 'display' : 'inline'}\n${tex}`)
    .digest('hex');
  return `${hash.slice(0, 20)}.png`;
}

/** A size MathJax wrote in ex; vertical-align is left out when the formula sits on the baseline. */
const exAttribute = (svg: string, name: string): number => {
  const match = new RegExp(`${name}="(-?[\\d.]+)ex"`).exec(svg) ?? new RegExp(`${name}: (-?[\\d.]+)ex`).exec(svg);
  if (match?.[1]) return Number(match[1]);
  if (name === 'vertical-align') return 0;
  throw new Error(`MathJax gave no ${name} in ex`);
};

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Draws one formula. Errors name the TeX, so the caller can add the file.
 * MathJax is stricter than KaTeX about a few macros; an unknown one is an error, not a red box in an inbox.
 */
export async function drawFormula(tex: string, display: boolean): Promise<{ png: Buffer; image: Omit<FormulaImage, 'file'> }> {
  const svg = await texToSvg()(tex, display);
  if (svg.includes('data-mml-node="merror"')) throw new Error(`MathJax cannot draw the formula ${JSON.stringify(tex)}`);
  // Whole CSS pixels, because width and height attributes take integers; the formula sits centred in the extra fraction.
  const exactHeight = exAttribute(svg, 'height') * EX_PX;
  const width = Math.ceil(exAttribute(svg, 'width') * EX_PX);
  const height = Math.ceil(exactHeight);
  const depth = round(-exAttribute(svg, 'vertical-align') * EX_PX + (height - exactHeight) / 2);
  const sized = svg
    .replace(/ width="[^"]+ex"/, ` width="${width}"`)
    .replace(/ height="[^"]+ex"/, ` height="${height}"`)
    .replace(/ style="[^"]*"/, '')
    .replaceAll('currentColor', EMAIL_COLOURS.text);
  const png = new Resvg(sized, { fitTo: { mode: 'zoom', value: SCALE }, background: EMAIL_COLOURS.background }).render().asPng();
  return { png, image: { width, height, depth } };
}

/**
 * The formula's image, drawn once per cache: `cacheDir` keeps each PNG with its
 * measurements beside it, so later builds only read them.
 */
const inFlight = new Map<string, Promise<FormulaImage & { png: Buffer }>>();

export function formulaImage(tex: string, display: boolean, cacheDir: string): Promise<FormulaImage & { png: Buffer }> {
  // Issues share formulas, and their editions are built side by side: each file is drawn once.
  const file = formulaFileName(tex, display);
  let image = inFlight.get(file);
  if (!image) {
    image = cachedFormulaImage(tex, display, cacheDir, file);
    inFlight.set(file, image);
  }
  return image;
}

async function cachedFormulaImage(tex: string, display: boolean, cacheDir: string, file: string): Promise<FormulaImage & { png: Buffer }> {
  const pngPath = path.join(cacheDir, file);
  const metaPath = `${pngPath}.json`;
  try {
    const [png, meta] = await Promise.all([readFile(pngPath), readFile(metaPath, 'utf8')]);
    return { file, png, ...(JSON.parse(meta) as Omit<FormulaImage, 'file'>) };
  } catch {
    const { png, image } = await drawFormula(tex, display);
    await mkdir(cacheDir, { recursive: true });
    // Written under a temporary name first, so a build stopped half-way never leaves half a file in the cache.
    const temporary = `${pngPath}.${process.pid}.tmp`;
    await writeFile(temporary, png);
    await writeFile(metaPath, JSON.stringify(image));
    await rename(temporary, pngPath);
    return { file, png, ...image };
  }
}
