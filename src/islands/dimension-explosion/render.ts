import { CSS_PALETTE, FIGURE_FONT } from '../../lib/ui/figure-palette';
import { escapeHtml } from '../../lib/util/escape-html';
import { n, svgDocument, type RenderOptions } from '../../lib/ui/svg';
import { RANDOM_TRIALS_FOR_TOP_5 } from '../../lib/stats/dimensions';
import type { DimensionView } from './model';

/**
 * The two bars, grid against random search, on a log scale from 1 to 10¹² runs,
 * as SVG. Lengths are percentages of the drawing's own viewport, so the page
 * draws it at the width of its container and the email edition's picture nests
 * it at a fixed size: one drawing for both.
 */
const BAR = 28;
const GAP = 8;
const SCALE_ROW = 16;
export const BARS_HEIGHT = 2 * BAR + 2 * GAP + SCALE_ROW;
const SCALE = ['1', '10³', '10⁶', '10⁹', '10¹²'];

function barsBody(view: DimensionView, id: string, options: RenderOptions): string {
  const { palette } = options;
  const bar = (y: number, fraction: number, fill: string, label: string, className: string) =>
    `<rect x="0" y="${y}" width="100%" height="${BAR}" rx="4" fill="${palette.grid}"/>` +
    // A sliver stays visible even at a fraction of 0, as the page always showed.
    `<rect class="${className}" x="0" y="${y}" width="${n(Math.min(1, Math.max(0, fraction)) * 100)}%" height="${BAR}" rx="2" fill="${fill}"/>` +
    `<rect x="0" y="${y}" width="2" height="${BAR}" fill="${fill}"/>` +
    // A halo in the surface colour keeps the label readable over either fill.
    `<text x="8" y="${y + BAR / 2 + 5}" fill="${palette.ink}" font-weight="700" font-size="14" stroke="${palette.surface}" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${escapeHtml(label)}</text>`;
  const scaleY = 2 * BAR + 2 * GAP + 8;
  return (
    `<defs><pattern id="${id}-stripes" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="10" height="10" fill="${palette.surface}"/><rect width="10" height="10" fill="${palette.accent2}" fill-opacity="0.7"/>` +
    `<rect width="6" height="10" fill="${palette.accent2}"/></pattern></defs>` +
    bar(0, view.barFraction, `url(#${id}-stripes)`, 'Grid', 'de-fill-grid') +
    bar(BAR + GAP, view.randomBarFraction, palette.accent, 'Random', 'de-fill-random') +
    // Each label centred on its position, the two ends aligned to the ends of the bars.
    SCALE.map((label, i) => {
      const anchor = i === 0 ? 'start' : i === SCALE.length - 1 ? 'end' : 'middle';
      return `<text x="${i * 25}%" y="${scaleY}" text-anchor="${anchor}" font-size="12">${label}</text>`;
    }).join('')
  );
}

/** The bars as the page shows them: the full width of their container; the numbers are in the text beside them. */
export function barsSvg(view: DimensionView, id: string, options: RenderOptions = { palette: CSS_PALETTE }): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="de-bars-chart" width="100%" height="${BARS_HEIGHT}" aria-hidden="true" focusable="false"` +
    ` font-family="${FIGURE_FONT}" fill="${options.palette.muted}" overflow="visible">` +
    barsBody(view, id, options) +
    `</svg>`
  );
}

/** A compact picture of the opening view: the two budgets in words and numbers, over the same bars. */
export function pictureSvg(view: DimensionView, id: string, options: RenderOptions): { svg: string; width: number; height: number } {
  const { palette } = options;
  const width = 480;
  const top = 74;
  const height = top + BARS_HEIGHT + 12;
  const { values, hyperparameters } = view.state;
  const body =
    `<text x="16" y="24" fill="${palette.ink}" font-size="14" font-weight="700">${escapeHtml(`Grid search, ${values} values for each of ${hyperparameters} hyperparameters:`)}</text>` +
    `<text x="16" y="42" fill="${palette.ink}" font-size="14">${escapeHtml(`${view.trialsText} runs, ${view.gridTime}`)}</text>` +
    `<text x="16" y="62" fill="${palette.ink}" font-size="14">${escapeHtml(`Random search, 95% chance of a run in the best 5%: ${RANDOM_TRIALS_FOR_TOP_5} runs, ${view.randomTime}`)}</text>` +
    `<svg x="16" y="${top}" width="${width - 32}" height="${BARS_HEIGHT}" overflow="visible">${barsBody(view, id, options)}</svg>`;
  return {
    svg: svgDocument(
      {
        id,
        width,
        height,
        className: 'de-picture',
        title: 'Runs needed by grid search and by random search, on a log scale',
        desc: view.summary,
      },
      options,
      body,
    ),
    width,
    height,
  };
}
