import { CSS_PALETTE, FIGURE_FONT } from '../../lib/ui/figure-palette';
import { escapeHtml } from '../../lib/util/escape-html';
import { n, svgDocument, type RenderOptions } from '../../lib/ui/svg';
import type { PrevalenceView } from './model';

/**
 * The bar of positive tests, true against false alarms, as SVG: the page draws
 * it full width, and the email edition's picture nests it at a fixed size. Its
 * lengths are percentages of its own viewport, so both can use one drawing.
 */
export const BAR_HEIGHT = 32;
/** Below these shares a segment's label no longer fits inside it, and moves under the bar. */
const TRUE_LABEL_INSIDE = 0.15;
const FALSE_LABEL_INSIDE = 0.3;

function labelsInside(view: PrevalenceView): { true: boolean; false: boolean } {
  const share = Math.min(1, Math.max(0, view.trueShare));
  return { true: share >= TRUE_LABEL_INSIDE, false: 1 - share >= FALSE_LABEL_INSIDE };
}

export function barHeight(view: PrevalenceView): number {
  const inside = labelsInside(view);
  return inside.true && inside.false ? BAR_HEIGHT : BAR_HEIGHT + 18;
}

function barBody(view: PrevalenceView, id: string, options: RenderOptions): string {
  const { palette } = options;
  const share = Math.min(1, Math.max(0, view.trueShare));
  const at = `${n(share * 100)}%`;
  const inside = labelsInside(view);
  const trueLabel = `${view.counts.tp.toLocaleString('en-GB')} true`;
  const falseLabel = `${view.counts.fp.toLocaleString('en-GB')} false alarms`;
  const baseline = BAR_HEIGHT / 2 + 5;
  return (
    // Stripes as well as colour tell false alarms from true positives.
    `<defs><pattern id="${id}-stripes" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="10" height="10" fill="${palette.surface}"/><rect width="10" height="10" fill="${palette.accent2}" fill-opacity="0.65"/>` +
    `<rect width="6" height="10" fill="${palette.accent2}"/></pattern>` +
    `<clipPath id="${id}-round"><rect width="100%" height="${BAR_HEIGHT}" rx="4"/></clipPath></defs>` +
    `<g clip-path="url(#${id}-round)">` +
    `<rect class="pe-false" x="0" y="0" width="100%" height="${BAR_HEIGHT}" fill="url(#${id}-stripes)"/>` +
    `<rect class="pe-true" x="0" y="0" width="${at}" height="${BAR_HEIGHT}" fill="${palette.accent}"/></g>` +
    (inside.true
      ? `<text x="0" dx="4" y="${baseline}" fill="${palette.background}" font-weight="650" font-size="14">${escapeHtml(trueLabel)}</text>`
      : `<text x="0" y="${BAR_HEIGHT + 16}" fill="${palette.ink}" font-weight="650" font-size="13">↑ ${escapeHtml(trueLabel)}</text>`) +
    (inside.false
      ? `<text x="${at}" dx="8" y="${baseline}" fill="#000000" font-weight="650" font-size="14">${escapeHtml(falseLabel)}</text>`
      : `<text x="100%" y="${BAR_HEIGHT + 16}" text-anchor="end" fill="${palette.ink}" font-weight="650" font-size="13">${escapeHtml(falseLabel)} ↑</text>`)
  );
}

/** The bar as the page shows it: the full width of its container. */
export function barSvg(view: PrevalenceView, id: string, options: RenderOptions = { palette: CSS_PALETTE }): string {
  // A decorative duplicate of the table's numbers, so hidden from screen readers (the figure's text says the same).
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="pe-bar" width="100%" height="${barHeight(view)}" aria-hidden="true" focusable="false"` +
    ` font-family="${FIGURE_FONT}">` +
    barBody(view, id, options) +
    `</svg>`
  );
}

/** A compact picture of the figure's opening view: the predictive values and the bar, with their numbers. */
export function pictureSvg(view: PrevalenceView, id: string, options: RenderOptions): { svg: string; width: number; height: number } {
  const { palette } = options;
  const width = 480;
  const top = 76;
  const height = top + barHeight(view) + 10;
  const body =
    `<text x="16" y="24" fill="${palette.ink}" font-size="14" font-weight="700">${escapeHtml(`At ${view.prevalenceText} prevalence, ${view.sensitivityText} sensitivity and ${view.specificityText} specificity:`)}</text>` +
    `<text x="16" y="44" fill="${palette.ink}" font-size="14">${escapeHtml(`positive predictive value ${view.ppv}, negative predictive value ${view.npv}.`)}</text>` +
    `<text x="16" y="66" font-size="13">${escapeHtml(`Of ${view.positives.toLocaleString('en-GB')} positive tests per 10,000 people:`)}</text>` +
    `<svg x="16" y="${top}" width="${width - 32}" height="${barHeight(view)}" overflow="visible">${barBody(view, id, options)}</svg>`;
  return {
    svg: svgDocument(
      { id, width, height, className: 'pe-picture', title: 'True positives and false alarms among positive tests', desc: view.summary },
      options,
      body,
    ),
    width,
    height,
  };
}
