import type { FigurePalette } from '../../lib/ui/figure-palette';
import { INITIAL_STATE, prevalenceView } from './model';
import { pictureSvg } from './render';

/** The figure's opening view (1% prevalence, 90% sensitivity and specificity) as a standalone SVG for the email edition. */
export function staticFigure(palette: FigurePalette): { svg: string; width: number; height: number; alt: string } {
  const view = prevalenceView(INITIAL_STATE);
  const picture = pictureSvg(view, 'pe-static', { palette, standalone: true });
  return {
    ...picture,
    alt:
      `A bar splitting the ${view.positives.toLocaleString('en-GB')} positive tests per 10,000 people into ${view.counts.tp.toLocaleString('en-GB')} true positives ` +
      `and ${view.counts.fp.toLocaleString('en-GB')} false alarms, at ${view.prevalenceText} prevalence with ${view.sensitivityText} sensitivity and ` +
      `${view.specificityText} specificity: a positive predictive value of ${view.ppv}.`,
  };
}
