import type { AcquisitionKind } from '../../lib/stats/acquisition';
import { LOG_LR_RANGE, validationLoss } from '../../lib/stats/bayes-opt';
import { CSS_PALETTE } from '../../lib/ui/figure-palette';
import { escapeHtml } from '../../lib/util/escape-html';
import { n, polyline, scale, svgDocument, type RenderOptions } from '../../lib/ui/svg';
import { rateSpoken, superscript, type BoView } from './model';

/** SVG strings for the Bayesian-optimisation figure, shared by the server render, the island and the email picture. */
export const CHART_WIDTH = 560;
export const CHART_HEIGHTS = { surrogate: 250, acquisition: 120, best: 170 } as const;
const W = CHART_WIDTH;
const LOSS_RANGE = [0, 1.6] as const;
const box = { left: 44, right: W - 12 };
const DEFAULT: RenderOptions = { palette: CSS_PALETTE };

const px = scale(LOG_LR_RANGE, [box.left, box.right]);

function xAxis(y: number, options: RenderOptions): string {
  const ticks = [-5, -4, -3, -2, -1, 0];
  return (
    `<line class="bo-frame" x1="${box.left}" x2="${box.right}" y1="${y}" y2="${y}" stroke="${options.palette.frame}"/>` +
    ticks.map((t) => `<text x="${n(px(t))}" y="${y + 14}" text-anchor="middle">10${superscript(String(t))}</text>`).join('') +
    `<text x="${box.right}" y="${y + 27}" text-anchor="end">learning rate (log scale)</text>`
  );
}

export const ACQUISITION_NAMES: Record<AcquisitionKind, string> = {
  ei: 'Expected improvement',
  pi: 'Probability of improvement',
  // The score plotted is −LCB: the lowest lower bound is the next trial, so its negative peaks there.
  ucb: 'Negative lower confidence bound, κσ − μ',
};

function nextLine(view: BoView, top: number, bottom: number, options: RenderOptions): string {
  if (view.done) return '';
  const x = n(px(view.state.next));
  return `<line class="bo-next" x1="${x}" x2="${x}" y1="${top}" y2="${bottom}" stroke="${options.palette.accent2}" stroke-width="1.8" stroke-dasharray="5 4"/>`;
}

export function surrogateDesc(view: BoView): string {
  const { state } = view;
  const best = state.observations.reduce((b, o) => (o.y < b.y ? o : b), state.observations[0] ?? { x: 0, y: Infinity });
  const found = Number.isFinite(best.y)
    ? `the lowest loss found is ${best.y.toFixed(3)}, at a learning rate of ${rateSpoken(best.x)}`
    : 'no loss found yet';
  const next = view.done
    ? 'The budget is spent.'
    : `The next trial is at ${rateSpoken(state.next)}${view.repeat ? ', which has already been tried' : ''}.`;
  return `${state.observations.length} trials so far; ${found}. The shaded band is an approximate 95% range for the underlying loss. ${next}`;
}

export function surrogateSvg(view: BoView, id: string, showTruth: boolean, options: RenderOptions = DEFAULT): string {
  return svgDocument(
    {
      id,
      width: W,
      height: CHART_HEIGHTS.surrogate,
      className: 'bo-chart',
      title: 'Surrogate model of validation loss against learning rate',
      desc: surrogateDesc(view),
    },
    options,
    surrogateBody(view, showTruth, options),
  );
}

export function surrogateBody(view: BoView, showTruth: boolean, options: RenderOptions = DEFAULT): string {
  const { palette } = options;
  const H = CHART_HEIGHTS.surrogate;
  const top = 12;
  const bottom = H - 40;
  const py = scale(LOSS_RANGE, [bottom, top]);
  const clampY = (v: number) => py(Math.min(LOSS_RANGE[1], Math.max(LOSS_RANGE[0], v)));
  const { grid, posterior } = view.state;
  const sd = posterior.variance.map((v) => Math.sqrt(Math.max(v, 0)));
  const upper = grid.map((x, i) => [px(x), clampY((posterior.mean[i] ?? 0) + 2 * (sd[i] ?? 0))] as const);
  const lower = grid.map((x, i) => [px(x), clampY((posterior.mean[i] ?? 0) - 2 * (sd[i] ?? 0))] as const).reverse();
  const mean = grid.map((x, i) => [px(x), clampY(posterior.mean[i] ?? 0)] as const);
  const truth = grid.map((x) => [px(x), clampY(validationLoss(x))] as const);
  const observations = view.state.observations;
  const best = observations.reduce((b, o) => (o.y < b.y ? o : b), observations[0] ?? { x: 0, y: Infinity });
  return (
    `<polygon class="bo-band" points="${polyline([...upper, ...lower])}" fill="${palette.accent}" fill-opacity="0.22"/>` +
    (showTruth
      ? `<polyline class="bo-truth" points="${polyline(truth)}" fill="none" stroke="${palette.muted}" stroke-width="1.5" stroke-dasharray="2 3"/>`
      : '') +
    `<polyline class="bo-mean" points="${polyline(mean)}" fill="none" stroke="${palette.accent}" stroke-width="2.2"/>` +
    nextLine(view, top, bottom, options) +
    observations
      .map(
        (o) =>
          `<circle class="bo-obs" cx="${n(px(o.x))}" cy="${n(clampY(o.y))}" r="4.5" fill="${palette.surface}" stroke="${palette.ink}" stroke-width="1.8"/>`,
      )
      .join('') +
    (Number.isFinite(best.y)
      ? `<circle class="bo-best" cx="${n(px(best.x))}" cy="${n(clampY(best.y))}" r="8" fill="none" stroke="${palette.highlight}" stroke-width="2.5"/>`
      : '') +
    `<line class="bo-frame" x1="${box.left}" x2="${box.left}" y1="${top}" y2="${bottom}" stroke="${palette.frame}"/>` +
    [0, 0.5, 1, 1.5].map((v) => `<text x="${box.left - 6}" y="${n(py(v) + 4)}" text-anchor="end">${v}</text>`).join('') +
    `<text x="${box.left + 4}" y="${top + 10}">validation loss (lower is better)</text>` +
    xAxis(bottom, options)
  );
}

/** The acquisition's peaks, highest first: where it points, and whether a rival region is close behind. */
function peaks(view: BoView): number[] {
  const a = view.state.acquisition;
  const found: number[] = [];
  for (let i = 0; i < a.length; i += 1) {
    const left = a[i - 1] ?? -Infinity;
    const right = a[i + 1] ?? -Infinity;
    if ((a[i] ?? -Infinity) > left && (a[i] ?? -Infinity) >= right) found.push(i);
  }
  return found.sort((i, j) => (a[j] ?? 0) - (a[i] ?? 0));
}

export function acquisitionDesc(view: BoView): string {
  const { state } = view;
  const [first, second] = peaks(view);
  const at = (i: number) => rateSpoken(state.grid[i] ?? 0);
  if (first === undefined) return 'The acquisition is flat: every candidate scores the same.';
  const lead = `Highest at a learning rate of ${at(first)}`;
  const rival = second === undefined ? '; it has no second peak.' : `; a second, lower peak at ${at(second)}.`;
  const end = view.done ? ' The budget is spent, so no further trial will be run.' : '';
  return lead + rival + end;
}

export function acquisitionSvg(view: BoView, id: string, options: RenderOptions = DEFAULT): string {
  const name = ACQUISITION_NAMES[view.kind];
  const title = view.done
    ? `${name} across learning rates`
    : `${name} across learning rates; its highest point, at ${rateSpoken(view.state.next)}, is the next trial`;
  return svgDocument(
    { id, width: W, height: CHART_HEIGHTS.acquisition, className: 'bo-chart', title, desc: acquisitionDesc(view) },
    options,
    acquisitionBody(view, options),
  );
}

export function acquisitionBody(view: BoView, options: RenderOptions = DEFAULT): string {
  const { palette } = options;
  const { state, kind } = view;
  const H = CHART_HEIGHTS.acquisition;
  const top = 10;
  const bottom = H - 30;
  // Scaled to the curve's own range: −LCB is negative everywhere, and a top pinned at 0 would hide its peak.
  const values = state.acquisition.filter(Number.isFinite);
  const lo = kind === 'ucb' ? Math.min(...values) : Math.min(...values, 0);
  const hiRaw = Math.max(...values);
  const hi = hiRaw - lo > 1e-12 ? hiRaw : lo + 1e-12;
  const py = scale([lo, hi], [bottom, top]);
  const curve = state.grid.map((x, i) => [px(x), py(Number.isFinite(state.acquisition[i]) ? state.acquisition[i]! : lo)] as const);
  const area = [[px(LOG_LR_RANGE[0]), py(lo)] as const, ...curve, [px(LOG_LR_RANGE[1]), py(lo)] as const];
  const label = kind === 'ucb' ? '−LCB = κσ − μ (higher = try next)' : `${ACQUISITION_NAMES[kind].toLowerCase()} (higher = try next)`;
  return (
    `<polygon class="bo-acq-area" points="${polyline(area)}" fill="${palette.accent3}" fill-opacity="0.2"/>` +
    `<polyline class="bo-acq" points="${polyline(curve)}" fill="none" stroke="${palette.accent3}" stroke-width="2"/>` +
    nextLine(view, top, bottom, options) +
    (view.done ? '' : `<path class="bo-next-marker" d="M${n(px(state.next))} ${top} l-6 -8 h12 z" fill="${palette.accent2}"/>`) +
    // A halo in the surface colour keeps the label readable where the curve runs through it.
    `<text x="${box.left + 4}" y="${top + 10}" stroke="${palette.surface}" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${escapeHtml(label)}</text>` +
    xAxis(bottom, options)
  );
}

export function bestSoFarDesc(view: BoView): string {
  const last = (vals: readonly number[]) => vals[vals.length - 1];
  return (
    `After ${view.bo.length} trials, Bayesian optimisation's best loss is ${last(view.bo)?.toFixed(3) ?? 'not yet known'}; ` +
    `random search with the same number of trials reached ${last(view.random)?.toFixed(3) ?? 'not yet known'}.`
  );
}

export function bestSoFarSvg(view: BoView, id: string, options: RenderOptions = DEFAULT): string {
  return svgDocument(
    {
      id,
      width: W,
      height: CHART_HEIGHTS.best,
      className: 'bo-chart',
      title: 'Best loss so far, trial by trial',
      desc: bestSoFarDesc(view),
    },
    options,
    bestSoFarBody(view, options),
  );
}

export function bestSoFarBody(view: BoView, options: RenderOptions = DEFAULT): string {
  const { palette } = options;
  const { bo, random } = view;
  const H = CHART_HEIGHTS.best;
  const top = 12;
  const bottom = H - 32;
  const count = Math.max(bo.length, random.length, 2);
  const values = [...bo, ...random].filter(Number.isFinite);
  const lo = Math.min(...values, 0.2);
  const hi = Math.max(...values, 1.1);
  const sx = scale([1, count], [box.left, box.right]);
  const sy = scale([lo, hi], [bottom, top]);
  const line = (vals: readonly number[]) => polyline(vals.map((v, i) => [sx(i + 1), sy(v)] as const));
  const frame = `stroke="${palette.frame}"`;
  return (
    `<line class="bo-frame" x1="${box.left}" x2="${box.right}" y1="${bottom}" y2="${bottom}" ${frame}/>` +
    `<line class="bo-frame" x1="${box.left}" x2="${box.left}" y1="${top}" y2="${bottom}" ${frame}/>` +
    `<polyline class="bo-line-random" points="${line(random)}" fill="none" stroke="${palette.accent2}" stroke-width="2" stroke-dasharray="6 4"/>` +
    `<polyline class="bo-line-bo" points="${line(bo)}" fill="none" stroke="${palette.accent}" stroke-width="2.2"/>` +
    random
      .map(
        (v, i) =>
          `<rect class="bo-dot-random" x="${n(sx(i + 1) - 3)}" y="${n(sy(v) - 3)}" width="6" height="6" fill="${palette.accent2}"/>`,
      )
      .join('') +
    bo.map((v, i) => `<circle class="bo-dot-bo" cx="${n(sx(i + 1))}" cy="${n(sy(v))}" r="3.5" fill="${palette.accent}"/>`).join('') +
    `<text x="${box.left - 6}" y="${n(sy(hi) + 4)}" text-anchor="end">${hi.toFixed(1)}</text>` +
    `<text x="${box.left - 6}" y="${n(sy(lo) + 4)}" text-anchor="end">${lo.toFixed(1)}</text>` +
    `<text x="${(box.left + box.right) / 2}" y="${H - 8}" text-anchor="middle">trial number</text>`
  );
}
