import type { Point, RepeatSummary } from '../../lib/stats/search-layouts';
import { ecdf } from '../../lib/stats/search-layouts';
import { CSS_PALETTE } from '../../lib/ui/figure-palette';
import { escapeHtml } from '../../lib/util/escape-html';
import { n, polyline, scale, sequentialColour, svgDocument, type RenderOptions } from '../../lib/ui/svg';
import { bestText, yAxisText, type LayoutView, type StrategiesView } from './model';

/**
 * SVG for the figure, as strings, so the server render, the live island and
 * the email edition's picture draw exactly the same thing.
 */
export const PANEL_SIZE = { width: 260, height: 268 } as const;
const PLOT = { left: 44, top: 44, size: 206 };
const CELLS = 14;
/** Markers on the heat map are white with a near-black edge in both themes: the heat map's colours do not change either. */
const MARKER = { fill: '#ffffff', stroke: '#111111' };

const DEFAULT: RenderOptions = { palette: CSS_PALETTE };

function heatMap(v: StrategiesView): string {
  const { objective } = v;
  const values: number[] = [];
  for (let j = 0; j < CELLS; j++) for (let i = 0; i < CELLS; i++) values.push(objective.f({ x: (i + 0.5) / CELLS, y: (j + 0.5) / CELLS }));
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const cell = PLOT.size / CELLS;
  let out = '';
  for (let j = 0; j < CELLS; j++) {
    for (let i = 0; i < CELLS; i++) {
      const value = values[j * CELLS + i] ?? lo;
      // y grows upwards in the figure, as in the paper.
      out += `<rect x="${n(PLOT.left + i * cell)}" y="${n(PLOT.top + PLOT.size - (j + 1) * cell)}" width="${n(cell + 0.3)}" height="${n(cell + 0.3)}" fill="${sequentialColour((value - lo) / (hi - lo || 1))}"/>`;
    }
  }
  return out;
}

function marginals(v: StrategiesView, options: RenderOptions): string {
  const { palette } = options;
  const xs = Array.from({ length: 61 }, (_, i) => i / 60);
  const gValues = xs.map((x) => v.objective.g(x));
  const hValues = xs.map((y) => v.objective.h(y));
  const top = Math.max(...gValues, ...hValues, 1e-9);
  const px = scale([0, 1], [PLOT.left, PLOT.left + PLOT.size]);
  const py = scale([0, 1], [PLOT.top + PLOT.size, PLOT.top]);
  const gy = scale([0, top], [PLOT.top - 6, 6]);
  const hx = scale([0, top], [PLOT.left - 6, 6]);
  const line = `fill="none" stroke="${palette.ink}" stroke-width="1.5"`;
  return (
    `<polyline class="ss-marginal" points="${polyline(xs.map((x, i) => [px(x), gy(gValues[i] ?? 0)]))}" ${line}/>` +
    `<polyline class="ss-marginal" points="${polyline(xs.map((y, i) => [hx(hValues[i] ?? 0), py(y)]))}" ${line}/>` +
    `<text class="ss-axis" x="${PLOT.left + PLOT.size}" y="${PLOT.top + PLOT.size + 14}" text-anchor="end">x (important) →</text>` +
    `<text class="ss-axis" x="12" y="${PLOT.top + PLOT.size}" transform="rotate(-90 12 ${PLOT.top + PLOT.size})">${escapeHtml(yAxisText(v.state.importance))}</text>`
  );
}

function marker(layout: LayoutView, p: Point): string {
  const x = PLOT.left + p.x * PLOT.size;
  const y = PLOT.top + PLOT.size - p.y * PLOT.size;
  const paint = `fill="${MARKER.fill}" stroke="${MARKER.stroke}" stroke-width="1.2"`;
  // Shape as well as colour tells the two layouts apart.
  return layout.kind === 'grid'
    ? `<rect class="ss-point" x="${n(x - 3.5)}" y="${n(y - 3.5)}" width="7" height="7" ${paint}/>`
    : `<circle class="ss-point" cx="${n(x)}" cy="${n(y)}" r="3.8" ${paint}/>`;
}

function ticks(layout: LayoutView, options: RenderOptions): string {
  const colour = layout.kind === 'grid' ? options.palette.accent2 : options.palette.accent;
  return layout.points
    .map((p) => {
      const x = n(PLOT.left + p.x * PLOT.size);
      return `<line class="ss-tick ss-tick-${layout.kind}" x1="${x}" x2="${x}" y1="${PLOT.top - 5}" y2="${PLOT.top + 3}" stroke="${colour}" stroke-width="1.5"/>`;
    })
    .join('');
}

function best(layout: LayoutView, options: RenderOptions): string {
  if (!layout.bestPoint) return '';
  const x = PLOT.left + layout.bestPoint.x * PLOT.size;
  const y = PLOT.top + PLOT.size - layout.bestPoint.y * PLOT.size;
  return `<circle class="ss-best" cx="${n(x)}" cy="${n(y)}" r="8" fill="none" stroke="${options.palette.highlight}" stroke-width="2.5"/>`;
}

export function panelTitle(v: StrategiesView, kind: 'grid' | 'random'): string {
  return kind === 'grid' ? `Grid layout, ${v.grid.side}×${v.grid.side}` : 'Random layout';
}

export function panelDesc(v: StrategiesView, kind: 'grid' | 'random'): string {
  const layout = kind === 'grid' ? v.grid : v.random;
  return (
    `${layout.points.length} trials over a heat map of the objective, a validation score where lighter is better. ` +
    `They test ${layout.distinct} distinct values of the important parameter x. Best value found: ${bestText(layout.best, v.possible)}.`
  );
}

/** The panel's drawing without its <svg> wrapper, so the email picture can place two side by side. */
export function panelBody(v: StrategiesView, kind: 'grid' | 'random', options: RenderOptions = DEFAULT): string {
  const layout = kind === 'grid' ? v.grid : v.random;
  return (
    heatMap(v) +
    marginals(v, options) +
    ticks(layout, options) +
    layout.points.map((p) => marker(layout, p)).join('') +
    best(layout, options)
  );
}

export function panelSvg(v: StrategiesView, kind: 'grid' | 'random', id: string, options: RenderOptions = DEFAULT): string {
  return svgDocument(
    { id, ...PANEL_SIZE, className: 'ss-panel', title: panelTitle(v, kind), desc: panelDesc(v, kind) },
    options,
    panelBody(v, kind, options),
  );
}

/** Empirical CDFs of the best value found by each layout over many repeats. */
export function ecdfSvg(summary: RepeatSummary, id: string, options: RenderOptions = DEFAULT): string {
  const { palette } = options;
  const W = 520;
  const H = 244;
  const box = { left: 48, right: W - 12, top: 28, bottom: H - 40 };
  const all = [...summary.grid, ...summary.random, summary.threshold];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const px = scale([lo, hi], [box.left, box.right]);
  const py = scale([0, 1], [box.bottom, box.top]);
  const steps = (values: number[]) => {
    const points: [number, number][] = [[px(lo), py(0)]];
    let previous = 0;
    for (const { value, p } of ecdf(values)) {
      points.push([px(value), py(previous)], [px(value), py(p)]);
      previous = p;
    }
    points.push([px(hi), py(1)]);
    return polyline(points);
  };
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  const desc =
    `For each layout, the share of ${summary.grid.length} repeated searches whose best value was at or below each value; a curve further right is better. ` +
    `The best value reached the top 5% of the space in ${pct(summary.gridTopShare)} of grid searches and ${pct(summary.randomTopShare)} of random searches.`;
  const tx = px(summary.threshold);
  const frame = `stroke="${palette.frame}"`;
  return svgDocument(
    { id, width: W, height: H, className: 'ss-ecdf', title: 'Best value found by each layout, over many repeats', desc },
    options,
    `<text class="ss-axis" x="4" y="12">share of searches whose best is at or below this value (a curve further right is better)</text>` +
      `<line class="ss-frame" x1="${box.left}" x2="${box.right}" y1="${box.bottom}" y2="${box.bottom}" ${frame}/>` +
      `<line class="ss-frame" x1="${box.left}" x2="${box.left}" y1="${box.top}" y2="${box.bottom}" ${frame}/>` +
      [0, 0.5, 1].map((p) => `<text class="ss-axis" x="${box.left - 6}" y="${n(py(p) + 4)}" text-anchor="end">${p}</text>`).join('') +
      `<text class="ss-axis" x="${(box.left + box.right) / 2}" y="${H - 8}" text-anchor="middle">best value found in one search (higher is better)</text>` +
      `<line class="ss-threshold" x1="${n(tx)}" x2="${n(tx)}" y1="${box.top}" y2="${box.bottom}" stroke="${palette.muted}" stroke-dasharray="3 3"/>` +
      `<text class="ss-axis" x="${n(tx - 4)}" y="${box.top + 10}" text-anchor="end">top 5% →</text>` +
      `<polyline class="ss-line-grid" points="${steps(summary.grid)}" fill="none" stroke="${palette.accent2}" stroke-width="2.2" stroke-dasharray="6 4"/>` +
      `<polyline class="ss-line-random" points="${steps(summary.random)}" fill="none" stroke="${palette.accent}" stroke-width="2.2"/>` +
      `<text class="ss-axis" x="${box.left}" y="${box.bottom + 18}">${n(lo)}</text>` +
      `<text class="ss-axis" x="${box.right}" y="${box.bottom + 18}" text-anchor="end">${n(hi)}</text>`,
  );
}
