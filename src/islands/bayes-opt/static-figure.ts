import type { FigurePalette } from '../../lib/ui/figure-palette';
import { escapeHtml } from '../../lib/util/escape-html';
import { svgDocument } from '../../lib/ui/svg';
import { boView, INITIAL_KIND, initialObservations, PARAMETER, rateSpoken } from './model';
import { acquisitionBody, bestSoFarBody, CHART_HEIGHTS, CHART_WIDTH, surrogateBody } from './render';

/** The figure's opening view (two trials and the proposed third), its three charts stacked, as a standalone SVG for the email edition. */
export function staticFigure(palette: FigurePalette): { svg: string; width: number; height: number; alt: string } {
  const view = boView(initialObservations(), INITIAL_KIND, PARAMETER[INITIAL_KIND].initial);
  const options = { palette, standalone: true };
  const width = CHART_WIDTH;
  const heading = 22;
  const subtitle = 26;
  const legend = 26;
  const acquisitionTop = heading + CHART_HEIGHTS.surrogate;
  const bestTop = acquisitionTop + CHART_HEIGHTS.acquisition + subtitle;
  const height = bestTop + CHART_HEIGHTS.best + legend;
  const strong = `fill="${palette.ink}" font-size="13" font-weight="700"`;
  const alt =
    `Bayesian optimisation of a learning rate after two trials: a Gaussian-process surrogate of validation loss with its uncertainty band, ` +
    `and the expected-improvement curve whose highest point proposes the third trial, at a learning rate of ${rateSpoken(view.state.next)}.`;
  const body =
    `<text x="8" y="15" ${strong}>We minimise validation loss: lower is better. The dashed line marks the next trial.</text>` +
    `<g transform="translate(0 ${heading})">${surrogateBody(view, true, options)}</g>` +
    `<g transform="translate(0 ${acquisitionTop})">${acquisitionBody(view, options)}</g>` +
    `<text x="8" y="${bestTop - 8}" ${strong}>Best loss so far: Bayesian optimisation against random search</text>` +
    `<g transform="translate(0 ${bestTop})">${bestSoFarBody(view, options)}</g>` +
    `<text x="8" y="${height - 8}" fill="${palette.ink}" font-size="12">${escapeHtml('Circles, solid: Bayesian optimisation · squares, dashed: random search · dotted: hidden true loss')}</text>`;
  const svg = svgDocument(
    { id: 'bo-static', width, height, className: 'bo-picture', title: 'Bayesian optimisation of a learning rate', desc: alt },
    options,
    body,
  );
  return { svg, width, height, alt };
}
