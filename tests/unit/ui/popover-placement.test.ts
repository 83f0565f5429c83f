import { expect, it } from 'vitest';
import { placePopover } from '../../../src/lib/ui/popover-placement';

const viewport = { width: 400, height: 800 };
const size = { width: 200, height: 100 };

it('centres the popover below its anchor when there is room', () => {
  const anchor = { top: 100, left: 150, width: 100, height: 20 };
  expect(placePopover(anchor, size, viewport)).toEqual({ top: 128, left: 100, side: 'below' });
});

it('flips above an anchor near the bottom of the screen', () => {
  const anchor = { top: 750, left: 150, width: 100, height: 20 };
  expect(placePopover(anchor, size, viewport)).toEqual({ top: 642, left: 100, side: 'above' });
});

it('keeps the popover inside the viewport margins at both edges', () => {
  expect(placePopover({ top: 100, left: 0, width: 30, height: 20 }, size, viewport).left).toBe(8);
  expect(placePopover({ top: 100, left: 380, width: 20, height: 20 }, size, viewport).left).toBe(192);
});

it('stays at the left margin when the popover is wider than a phone screen', () => {
  expect(placePopover({ top: 10, left: 100, width: 50, height: 20 }, { width: 340, height: 80 }, { width: 320, height: 600 }).left).toBe(8);
});
