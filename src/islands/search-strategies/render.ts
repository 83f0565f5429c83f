import type { Point, RepeatSummary } from '../../lib/stats/search-layouts';
import { ecdf } from '../../lib/stats/search-layouts';
import { esc, n, polyline, scale, sequentialColour } from '../../lib/ui/svg';
import type { LayoutView, StrategiesView } from './model';

/**
 * SVG for the figure, as strings, so the server render and the live island
 * draw exactly the same picture.
 */
const SIZE = 260;
const PLOT = { left: 44, top: 44, size: 206 };
const CELLS = 14;

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

function marginals(v: StrategiesView): string {
  const xs = Array.from({ length: 61 }, (_, i) => i / 60);
  const gValues = xs.map((x) => v.objective.g(x));
  const hValues = xs.map((y) => v.objective.h(y));
  const top = Math.max(...gValues, ...hValues, 1e-9);
  const px = scale([0, 1], [PLOT.left, PLOT.left + PLOT.size]);
  const py = scale([0, 1], [PLOT.top + PLOT.size, PLOT.top]);
  const gy = scale([0, top], [PLOT.top - 6, 6]);
  const hx = scale([0, top], [PLOT.left - 6, 6]);
  return (
    `<polyline class="ss-marginal" points="${polyline(xs.map((x, i) => [px(x), gy(gValues[i] ?? 0)]))}"/>` +
    `<polyline class="ss-marginal" points="${polyline(xs.map((y, i) => [hx(hValues[i] ?? 0), py(y)]))}"/>` +
    `<text class="ss-axis" x="${PLOT.left + PLOT.size}" y="${PLOT.top + PLOT.size + 14}" text-anchor="end">x (important) →</text>` +
    `<text class="ss-axis" x="12" y="${PLOT.top + PLOT.size}" transform="rotate(-90 12 ${PLOT.top + PLOT.size})">y (unimportant) →</text>`
  );
}

function marker(layout: LayoutView, p: Point): string {
  const x = PLOT.left + p.x * PLOT.size;
  const y = PLOT.top + PLOT.size - p.y * PLOT.size;
  // Shape as well as colour tells the two layouts apart.
  return layout.kind === 'grid'
    ? `<rect class="ss-point" x="${n(x - 3.5)}" y="${n(y - 3.5)}" width="7" height="7"/>`
    : `<circle class="ss-point" cx="${n(x)}" cy="${n(y)}" r="3.8"/>`;
}

function ticks(layout: LayoutView): string {
  return layout.points
    .map((p) => {
      const x = n(PLOT.left + p.x * PLOT.size);
      return `<line class="ss-tick ss-tick-${layout.kind}" x1="${x}" x2="${x}" y1="${PLOT.top - 5}" y2="${PLOT.top + 3}"/>`;
    })
    .join('');
}

function best(layout: LayoutView): string {
  if (!layout.bestPoint) return '';
  const x = PLOT.left + layout.bestPoint.x * PLOT.size;
  const y = PLOT.top + PLOT.size - layout.bestPoint.y * PLOT.size;
  return `<circle class="ss-best" cx="${n(x)}" cy="${n(y)}" r="8"/>`;
}

export function panelSvg(v: StrategiesView, kind: 'grid' | 'random', id: string): string {
  const layout = kind === 'grid' ? v.grid : v.random;
  const title = kind === 'grid' ? `Grid layout, ${v.grid.side}×${v.grid.side}` : 'Random layout';
  const desc =
    `${layout.points.length} trials over a heat map of the objective; lighter is better. ` +
    `They test ${layout.distinct} distinct values of the important parameter x. Best value found: ${layout.best.toFixed(2)}.`;
  return (
    `<svg viewBox="0 0 ${SIZE} ${SIZE + 8}" role="img" aria-labelledby="${id}-t ${id}-d" class="ss-panel">` +
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>` +
    heatMap(v) +
    marginals(v) +
    ticks(layout) +
    layout.points.map((p) => marker(layout, p)).join('') +
    best(layout) +
    `</svg>`
  );
}

/** Empirical CDFs of the best value found by each layout over many repeats. */
export function ecdfSvg(summary: RepeatSummary, id: string): string {
  const W = 520;
  const H = 230;
  const box = { left: 48, right: W - 12, top: 14, bottom: H - 40 };
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
  const desc = `Over ${summary.grid.length} repeats, the best value reached the top 5% of the space in ${pct(summary.gridTopShare)} of grid searches and ${pct(summary.randomTopShare)} of random searches.`;
  const tx = px(summary.threshold);
  return (
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d" class="ss-ecdf">` +
    `<title id="${id}-t">Best value found by each layout, over many repeats</title><desc id="${id}-d">${esc(desc)}</desc>` +
    `<line class="ss-frame" x1="${box.left}" x2="${box.right}" y1="${box.bottom}" y2="${box.bottom}"/>` +
    `<line class="ss-frame" x1="${box.left}" x2="${box.left}" y1="${box.top}" y2="${box.bottom}"/>` +
    [0, 0.5, 1].map((p) => `<text class="ss-axis" x="${box.left - 6}" y="${n(py(p) + 4)}" text-anchor="end">${p}</text>`).join('') +
    `<text class="ss-axis" x="${(box.left + box.right) / 2}" y="${H - 8}" text-anchor="middle">best value found in one search (higher is better)</text>` +
    `<line class="ss-threshold" x1="${n(tx)}" x2="${n(tx)}" y1="${box.top}" y2="${box.bottom}"/>` +
    `<text class="ss-axis" x="${n(tx - 4)}" y="${box.top + 10}" text-anchor="end">top 5% →</text>` +
    `<polyline class="ss-line-grid" points="${steps(summary.grid)}"/>` +
    `<polyline class="ss-line-random" points="${steps(summary.random)}"/>` +
    `<text class="ss-axis" x="${box.left}" y="${box.bottom + 18}">${n(lo)}</text>` +
    `<text class="ss-axis" x="${box.right}" y="${box.bottom + 18}" text-anchor="end">${n(hi)}</text>` +
    `</svg>`
  );
}
