import type { AcquisitionKind } from '../../lib/stats/acquisition';
import { LOG_LR_RANGE, validationLoss, type BoState } from '../../lib/stats/bayes-opt';
import { esc, n, polyline, scale } from '../../lib/ui/svg';

/** SVG strings for the Bayesian-optimisation figure, shared by the server render and the island. */
const W = 560;
const LOSS_RANGE = [0, 1.6] as const;
const box = { left: 44, right: W - 12 };

const px = scale(LOG_LR_RANGE, [box.left, box.right]);

function xAxis(y: number): string {
  const ticks = [-5, -4, -3, -2, -1, 0];
  return (
    `<line class="bo-frame" x1="${box.left}" x2="${box.right}" y1="${y}" y2="${y}"/>` +
    ticks.map((t) => `<text x="${n(px(t))}" y="${y + 14}" text-anchor="middle">10${superscript(t)}</text>`).join('')
  );
}

function superscript(value: number): string {
  const digits: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵' };
  return String(value)
    .split('')
    .map((c) => digits[c] ?? c)
    .join('');
}

export const ACQUISITION_NAMES: Record<AcquisitionKind, string> = {
  ei: 'Expected improvement',
  pi: 'Probability of improvement',
  ucb: 'Lower confidence bound',
};

export function surrogateSvg(state: BoState, id: string, showTruth: boolean): string {
  const H = 250;
  const top = 12;
  const bottom = H - 30;
  const py = scale(LOSS_RANGE, [bottom, top]);
  const clampY = (v: number) => py(Math.min(LOSS_RANGE[1], Math.max(LOSS_RANGE[0], v)));
  const { grid, posterior } = state;
  const sd = posterior.variance.map((v) => Math.sqrt(Math.max(v, 0)));
  const upper = grid.map((x, i) => [px(x), clampY((posterior.mean[i] ?? 0) + 2 * (sd[i] ?? 0))] as const);
  const lower = grid.map((x, i) => [px(x), clampY((posterior.mean[i] ?? 0) - 2 * (sd[i] ?? 0))] as const).reverse();
  const mean = grid.map((x, i) => [px(x), clampY(posterior.mean[i] ?? 0)] as const);
  const truth = grid.map((x) => [px(x), clampY(validationLoss(x))] as const);
  const best = state.observations.reduce((b, o) => (o.y < b.y ? o : b), state.observations[0] ?? { x: 0, y: Infinity });
  const desc =
    `${state.observations.length} trials so far; the lowest loss found is ${Number.isFinite(best.y) ? best.y.toFixed(3) : 'none yet'}` +
    `${Number.isFinite(best.y) ? ` at a learning rate of 10^${best.x.toFixed(2)}` : ''}. The next trial is at 10^${state.next.toFixed(2)}.`;
  return (
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d" class="bo-chart">` +
    `<title id="${id}-t">Surrogate model of validation loss against learning rate</title><desc id="${id}-d">${esc(desc)}</desc>` +
    `<polygon class="bo-band" points="${polyline([...upper, ...lower])}"/>` +
    (showTruth ? `<polyline class="bo-truth" points="${polyline(truth)}"/>` : '') +
    `<polyline class="bo-mean" points="${polyline(mean)}"/>` +
    `<line class="bo-next" x1="${n(px(state.next))}" x2="${n(px(state.next))}" y1="${top}" y2="${bottom}"/>` +
    state.observations.map((o) => `<circle class="bo-obs" cx="${n(px(o.x))}" cy="${n(clampY(o.y))}" r="4.5"/>`).join('') +
    (Number.isFinite(best.y) ? `<circle class="bo-best" cx="${n(px(best.x))}" cy="${n(clampY(best.y))}" r="8"/>` : '') +
    `<line class="bo-frame" x1="${box.left}" x2="${box.left}" y1="${top}" y2="${bottom}"/>` +
    [0, 0.5, 1, 1.5].map((v) => `<text x="${box.left - 6}" y="${n(py(v) + 4)}" text-anchor="end">${v}</text>`).join('') +
    `<text x="${box.left + 4}" y="${top + 10}">validation loss (lower is better)</text>` +
    xAxis(bottom) +
    `</svg>`
  );
}

export function acquisitionSvg(state: BoState, kind: AcquisitionKind, id: string): string {
  const H = 120;
  const top = 10;
  const bottom = H - 30;
  const hi = Math.max(...state.acquisition, 1e-12);
  const lo = Math.min(...state.acquisition, 0);
  const py = scale([lo, hi], [bottom, top]);
  const curve = state.grid.map((x, i) => [px(x), py(state.acquisition[i] ?? 0)] as const);
  const area = [[px(LOG_LR_RANGE[0]), py(lo)] as const, ...curve, [px(LOG_LR_RANGE[1]), py(lo)] as const];
  return (
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t" class="bo-chart">` +
    `<title id="${id}-t">${esc(`${ACQUISITION_NAMES[kind]} across learning rates; its highest point, at 10^${state.next.toFixed(2)}, is the next trial`)}</title>` +
    `<polygon class="bo-acq-area" points="${polyline(area)}"/>` +
    `<polyline class="bo-acq" points="${polyline(curve)}"/>` +
    `<line class="bo-next" x1="${n(px(state.next))}" x2="${n(px(state.next))}" y1="${top}" y2="${bottom}"/>` +
    `<path class="bo-next-marker" d="M${n(px(state.next))} ${top} l-6 -8 h12 z"/>` +
    `<text x="${box.left + 4}" y="${top + 10}">${esc(ACQUISITION_NAMES[kind].toLowerCase())} (higher = try next)</text>` +
    xAxis(bottom) +
    `</svg>`
  );
}

export function bestSoFarSvg(bo: readonly number[], random: readonly number[], id: string): string {
  const H = 170;
  const top = 12;
  const bottom = H - 32;
  const count = Math.max(bo.length, random.length, 2);
  const values = [...bo, ...random].filter(Number.isFinite);
  const lo = Math.min(...values, 0.2);
  const hi = Math.max(...values, 1.1);
  const sx = scale([1, count], [box.left, box.right]);
  const sy = scale([lo, hi], [bottom, top]);
  const line = (vals: readonly number[]) => polyline(vals.map((v, i) => [sx(i + 1), sy(v)] as const));
  const last = (vals: readonly number[]) => vals[vals.length - 1];
  const desc = `After ${bo.length} trials, Bayesian optimisation's best loss is ${last(bo)?.toFixed(3) ?? 'n/a'}; random search with the same number of trials reached ${last(random)?.toFixed(3) ?? 'n/a'}.`;
  return (
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d" class="bo-chart">` +
    `<title id="${id}-t">Best loss so far, trial by trial</title><desc id="${id}-d">${esc(desc)}</desc>` +
    `<line class="bo-frame" x1="${box.left}" x2="${box.right}" y1="${bottom}" y2="${bottom}"/>` +
    `<line class="bo-frame" x1="${box.left}" x2="${box.left}" y1="${top}" y2="${bottom}"/>` +
    `<polyline class="bo-line-random" points="${line(random)}"/>` +
    `<polyline class="bo-line-bo" points="${line(bo)}"/>` +
    random.map((v, i) => `<rect class="bo-dot-random" x="${n(sx(i + 1) - 3)}" y="${n(sy(v) - 3)}" width="6" height="6"/>`).join('') +
    bo.map((v, i) => `<circle class="bo-dot-bo" cx="${n(sx(i + 1))}" cy="${n(sy(v))}" r="3.5"/>`).join('') +
    `<text x="${box.left - 6}" y="${n(sy(hi) + 4)}" text-anchor="end">${hi.toFixed(1)}</text>` +
    `<text x="${box.left - 6}" y="${n(sy(lo) + 4)}" text-anchor="end">${lo.toFixed(1)}</text>` +
    `<text x="${(box.left + box.right) / 2}" y="${H - 8}" text-anchor="middle">trial number</text>` +
    `</svg>`
  );
}
