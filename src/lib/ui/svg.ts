/**
 * Small helpers for building SVG markup as strings, shared by the server render,
 * the islands and the email edition's static figures. Colours come from a
 * FigurePalette and are written as presentation attributes, never style=.
 */
import { escapeHtml } from '../util/escape-html';
import { FIGURE_FONT, type FigurePalette } from './figure-palette';

/** Two decimals are enough for a figure a few hundred units wide, and keep the markup small. */
export function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A linear map from a data interval onto a pixel interval. */
export function scale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

export function polyline(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
}

/**
 * A sequential palette for heat maps (cividis-like: dark blue to yellow),
 * readable by people with the common forms of colour-blindness, and monotone
 * in lightness so it also reads in greyscale.
 */
const STOPS: readonly (readonly [number, number, number])[] = [
  [0, 34, 78],
  [65, 77, 107],
  [124, 123, 120],
  [187, 175, 113],
  [253, 231, 55],
];

export function sequentialColour(t: number): string {
  const clamped = Math.min(1, Math.max(0, t));
  const position = clamped * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(position));
  const f = position - i;
  const a = STOPS[i] ?? STOPS[0]!;
  const b = STOPS[i + 1] ?? STOPS[STOPS.length - 1]!;
  const mix = (k: 0 | 1 | 2) => Math.round(a[k] + (b[k] - a[k]) * f);
  return `rgb(${mix(0)} ${mix(1)} ${mix(2)})`;
}

/** How a figure is drawn: with which colours, and whether as a standalone SVG file or inside the page. */
export interface RenderOptions {
  palette: FigurePalette;
  /**
   * A standalone document (the email edition's PNGs): xmlns, a fixed width and
   * height in pixels. Inside the page the SVG scales with its container instead.
   */
  standalone?: boolean;
}

export interface SvgFrame {
  id: string;
  width: number;
  height: number;
  className: string;
  title: string;
  desc?: string;
}

/**
 * The outer <svg> of a figure, titled and described for screen readers. Text
 * inherits the palette's muted colour and a generic sans-serif font from here,
 * so each shape below sets its own fill.
 */
export function svgDocument(frame: SvgFrame, options: RenderOptions, body: string): string {
  const { id, width, height } = frame;
  const size = options.standalone ? ` width="${width}" height="${height}"` : '';
  const labelledBy = frame.desc === undefined ? `${id}-t` : `${id}-t ${id}-d`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${size} viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${labelledBy}" class="${frame.className}"` +
    ` font-family="${FIGURE_FONT}" font-size="11" fill="${options.palette.muted}">` +
    `<title id="${id}-t">${escapeHtml(frame.title)}</title>` +
    (frame.desc === undefined ? '' : `<desc id="${id}-d">${escapeHtml(frame.desc)}</desc>`) +
    // A standalone picture has no page behind it, so it brings the figure's background along.
    (options.standalone ? `<rect width="${width}" height="${height}" fill="${options.palette.surface}"/>` : '') +
    body +
    `</svg>`
  );
}

export interface UnitSquareChart {
  id: string;
  title: string;
  desc: string;
  xLabel: string;
  yLabel: string;
  /** Draws the data, given maps from [0, 1] onto the plot's x and y. */
  body: (px: (v: number) => number, py: (v: number) => number) => string;
}

/** Width and height of the unit-square chart, in its own units (and in pixels when standalone). */
export const UNIT_SQUARE_SIZE = { width: 250, height: 262 } as const;

/**
 * A square chart of two proportions with its diagonal and ticks at 0, 0.5 and 1
 * on both axes: the frame the ROC curve and the reliability diagram share.
 */
export function unitSquareSvg(chart: UnitSquareChart, options: RenderOptions): string {
  const { palette } = options;
  const box = { left: 38, top: 10, size: 190 };
  const px = scale([0, 1], [box.left, box.left + box.size]);
  const py = scale([0, 1], [box.top + box.size, box.top]);
  const mid = box.top + box.size / 2;
  const ticks = [0, 0.5, 1];
  const bottom = box.top + box.size;
  return svgDocument(
    { id: chart.id, ...UNIT_SQUARE_SIZE, className: 'island-chart', title: chart.title, desc: chart.desc },
    options,
    `<rect class="chart-frame" x="${box.left}" y="${box.top}" width="${box.size}" height="${box.size}" fill="none" stroke="${palette.frame}"/>` +
      `<line class="chart-diagonal" x1="${px(0)}" y1="${py(0)}" x2="${px(1)}" y2="${py(1)}" stroke="${palette.muted}" stroke-dasharray="4 4"/>` +
      chart.body(px, py) +
      ticks
        .map(
          (t) =>
            `<line x1="${n(px(t))}" x2="${n(px(t))}" y1="${bottom}" y2="${bottom + 4}" stroke="${palette.frame}"/>` +
            `<text x="${n(px(t))}" y="${bottom + 14}" text-anchor="middle">${t}</text>` +
            `<line x1="${box.left - 4}" x2="${box.left}" y1="${n(py(t))}" y2="${n(py(t))}" stroke="${palette.frame}"/>` +
            `<text x="${box.left - 6}" y="${n(py(t) + 4)}" text-anchor="end">${t}</text>`,
        )
        .join('') +
      `<text x="${box.left + box.size / 2}" y="${bottom + 28}" text-anchor="middle">${escapeHtml(chart.xLabel)}</text>` +
      `<text x="10" y="${mid}" transform="rotate(-90 10 ${mid})" text-anchor="middle">${escapeHtml(chart.yLabel)}</text>`,
  );
}
