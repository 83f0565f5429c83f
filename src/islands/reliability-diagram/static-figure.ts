import type { FigurePalette } from '../../lib/ui/figure-palette';
import { UNIT_SQUARE_SIZE } from '../../lib/ui/svg';
import { PATIENTS, reliabilityView } from './model';

/** The figure as the page first shows it (a well-calibrated model), as a standalone SVG for the email edition. */
export function staticFigure(palette: FigurePalette): { svg: string; width: number; height: number; alt: string } {
  const view = reliabilityView(0);
  return {
    svg: view.svg('rd-static', { palette, standalone: true }),
    ...UNIT_SQUARE_SIZE,
    alt:
      `Reliability diagram for ${PATIENTS.toLocaleString('en-GB')} simulated patients from a well-calibrated model: observed against predicted risk ` +
      `in tenths, with average predicted risk ${view.meanPredicted} and observed ${view.observed}; the points lie close to the diagonal.`,
  };
}
