/**
 * Each island's picture for the email, from its static-figure.ts: the render
 * code its server-rendered SVG uses, given the light theme's colours.
 */
import { ContentError } from '../content/source-path';
import { LIGHT_PALETTE, type FigurePalette } from '../ui/figure-palette';
import { drawFigure, type FigureImage, type StaticFigure } from './figure-image';

interface StaticFigureModule {
  staticFigure: (palette: FigurePalette) => StaticFigure;
}

const modules = import.meta.glob<StaticFigureModule>('../../islands/*/static-figure.ts', { eager: true });
const byIsland = new Map(Object.entries(modules).map(([file, module]) => [file.split('/').at(-2)!, module]));
const drawn = new Map<string, FigureImage>();

/** The island's image, drawn once per build; `file` names the issue in the error when the island has no static figure. */
export function figureOf(island: string, file: string): FigureImage {
  const cached = drawn.get(island);
  if (cached) return cached;
  const module = byIsland.get(island);
  if (!module) {
    throw new ContentError(
      `${file}: the figure <${island}> has no email version: add src/islands/${island}/static-figure.ts (known: ${[...byIsland.keys()].join(', ')})`,
    );
  }
  const image = drawFigure(island, module.staticFigure(LIGHT_PALETTE));
  drawn.set(island, image);
  return image;
}
