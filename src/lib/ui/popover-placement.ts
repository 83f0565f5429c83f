/** Where to put a popover next to its anchor so that it stays on screen. */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

/**
 * Below the anchor when it fits, otherwise above (or wherever there is more
 * room), and always clamped so that no edge leaves the viewport's margins.
 */
export function placePopover(
  anchor: Box,
  popover: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
  margin = 8,
): Placement {
  const roomBelow = viewport.height - (anchor.top + anchor.height) - gap - margin;
  const roomAbove = anchor.top - gap - margin;
  const side = popover.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const top = side === 'below' ? anchor.top + anchor.height + gap : anchor.top - gap - popover.height;
  const centred = anchor.left + anchor.width / 2 - popover.width / 2;
  const maxLeft = Math.max(margin, viewport.width - margin - popover.width);
  return { top, left: Math.min(Math.max(centred, margin), maxLeft), side };
}
