/** Small helpers for building SVG markup as strings, shared by the server render and the islands. */

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

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

export interface UnitSquareChart {
  id: string;
  title: string;
  desc: string;
  xLabel: string;
  yLabel: string;
  /** Draws the data, given maps from [0, 1] onto the plot's x and y. */
  body: (px: (v: number) => number, py: (v: number) => number) => string;
}

/**
 * A square chart of two proportions with its diagonal: the frame the ROC
 * curve and the reliability diagram share.
 */
export function unitSquareSvg(chart: UnitSquareChart): string {
  const box = { left: 38, top: 10, size: 190 };
  const px = scale([0, 1], [box.left, box.left + box.size]);
  const py = scale([0, 1], [box.top + box.size, box.top]);
  const mid = box.top + box.size / 2;
  return (
    `<svg viewBox="0 0 250 262" role="img" aria-labelledby="${chart.id}-t ${chart.id}-d" class="island-chart">` +
    `<title id="${chart.id}-t">${esc(chart.title)}</title><desc id="${chart.id}-d">${esc(chart.desc)}</desc>` +
    `<rect class="chart-frame" x="${box.left}" y="${box.top}" width="${box.size}" height="${box.size}"/>` +
    `<line class="chart-diagonal" x1="${px(0)}" y1="${py(0)}" x2="${px(1)}" y2="${py(1)}"/>` +
    chart.body(px, py) +
    `<text x="${box.left + box.size / 2}" y="${box.top + box.size + 26}" text-anchor="middle">${esc(chart.xLabel)}</text>` +
    `<text x="10" y="${mid}" transform="rotate(-90 10 ${mid})" text-anchor="middle">${esc(chart.yLabel)}</text>` +
    `<text x="${box.left - 4}" y="${box.top + box.size + 12}" text-anchor="end">0</text>` +
    `<text x="${box.left + box.size}" y="${box.top + box.size + 12}" text-anchor="end">1</text>` +
    `</svg>`
  );
}
