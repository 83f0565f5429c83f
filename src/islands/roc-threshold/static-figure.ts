import type { FigurePalette } from '../../lib/ui/figure-palette';
import { UNIT_SQUARE_SIZE } from '../../lib/ui/svg';
import { AUC_TEXT, rocSvg, rocView } from './model';

/** The figure as the page first shows it, as a standalone SVG for the email edition. */
export function staticFigure(palette: FigurePalette): { svg: string; width: number; height: number; alt: string } {
  const view = rocView(0);
  return {
    svg: rocSvg(view, 'roc-static', { palette, standalone: true }),
    ...UNIT_SQUARE_SIZE,
    alt:
      `ROC curve of a sepsis alert model with AUC ${AUC_TEXT}; the point for an alert at scores above ${view.thresholdText} ` +
      `sits at a false positive rate of ${view.fprText} and a true positive rate of ${view.sensitivity}.`,
  };
}
