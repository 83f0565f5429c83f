import type { FigurePalette } from '../../lib/ui/figure-palette';
import { RANDOM_TRIALS_FOR_TOP_5 } from '../../lib/stats/dimensions';
import { dimensionView, INITIAL_STATE, minutesText } from './model';
import { pictureSvg } from './render';

/** The figure's opening view (five values for six hyperparameters, 2 minutes a run) as a standalone SVG for the email edition. */
export function staticFigure(palette: FigurePalette): { svg: string; width: number; height: number; alt: string } {
  const view = dimensionView(INITIAL_STATE);
  return {
    ...pictureSvg(view, 'de-static', { palette, standalone: true }),
    alt:
      `Two bars on a log scale from 1 to 10¹² runs: a grid of ${view.state.values} values for each of ${view.state.hyperparameters} hyperparameters ` +
      `needs ${view.trialsText} runs (${view.gridTime} at ${minutesText(view.state.minutesPerRun)} each), while random search needs ${RANDOM_TRIALS_FOR_TOP_5} runs (${view.randomTime}) for a 95% chance of one in the best 5%.`,
  };
}
