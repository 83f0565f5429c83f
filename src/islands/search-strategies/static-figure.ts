import type { FigurePalette } from '../../lib/ui/figure-palette';
import { escapeHtml } from '../../lib/util/escape-html';
import { svgDocument } from '../../lib/ui/svg';
import { bestText, INITIAL_STATE, strategiesView } from './model';
import { PANEL_SIZE, panelBody } from './render';

/** The figure's opening view, both panels side by side, as a standalone SVG for the email edition. */
export function staticFigure(palette: FigurePalette): { svg: string; width: number; height: number; alt: string } {
  const view = strategiesView(INITIAL_STATE);
  const options = { palette, standalone: true };
  const gap = 20;
  const head = 24;
  const width = 2 * PANEL_SIZE.width + gap;
  const height = head + PANEL_SIZE.height + 40;
  const column = (kind: 'grid' | 'random', x: number) => {
    const layout = kind === 'grid' ? view.grid : view.random;
    const title = kind === 'grid' ? `Grid search, ${view.grid.side}×${view.grid.side}` : `Random search, ${layout.points.length} trials`;
    return (
      `<text x="${x + 8}" y="16" fill="${palette.ink}" font-size="14" font-weight="700">${escapeHtml(title)}</text>` +
      `<g transform="translate(${x} ${head})">${panelBody(view, kind, options)}</g>` +
      `<text x="${x + 8}" y="${head + PANEL_SIZE.height + 14}" fill="${palette.ink}" font-size="12">${escapeHtml(`Distinct values of x: ${layout.distinct}.`)}</text>` +
      `<text x="${x + 8}" y="${head + PANEL_SIZE.height + 30}" fill="${palette.ink}" font-size="12">${escapeHtml(`Best found: ${bestText(layout.best, view.possible)}.`)}</text>`
    );
  };
  const alt =
    `Two heat maps of the same objective, where only x matters much: a ${view.grid.side}×${view.grid.side} grid of ${view.grid.points.length} trials ` +
    `tests ${view.grid.distinct} values of x, while ${view.random.points.length} random trials test ${view.random.distinct}.`;
  const svg = svgDocument(
    {
      id: 'ss-static',
      width,
      height,
      className: 'ss-picture',
      title: 'Grid against random search with the same number of trials',
      desc: alt,
    },
    options,
    column('grid', 0) + column('random', PANEL_SIZE.width + gap),
  );
  return { svg, width, height, alt };
}
