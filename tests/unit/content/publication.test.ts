import { describe, expect, it } from 'vitest';
import { isVisible, publicationState } from '../../../src/lib/content/publication';

const now = new Date('2026-06-01T12:00:00Z');

describe('publicationState', () => {
  it.each([
    ['a past, non-draft item', { draft: false, published: new Date('2026-05-01') }, 'published'],
    ['an item with no date', { draft: false }, 'published'],
    ['an item dated today, earlier', { draft: false, published: new Date('2026-06-01T00:00:00Z') }, 'published'],
    ['a draft, even when dated in the past', { draft: true, published: new Date('2026-05-01') }, 'draft'],
    ['a future-dated item', { draft: false, published: new Date('2026-06-02') }, 'scheduled'],
  ] as const)('calls %s %s', (_label, item, expected) => {
    expect(publicationState(item, now)).toBe(expected);
  });
});

describe('isVisible', () => {
  const draft = { draft: true };
  const scheduled = { draft: false, published: new Date('2027-01-01') };
  const live = { draft: false, published: new Date('2026-01-01') };

  it('hides drafts and scheduled items from production builds', () => {
    const production = { now, showUnpublished: false };
    expect([draft, scheduled, live].map((i) => isVisible(i, production))).toEqual([false, false, true]);
  });

  it('shows everything on the dev server', () => {
    const dev = { now, showUnpublished: true };
    expect([draft, scheduled, live].every((i) => isVisible(i, dev))).toBe(true);
  });
});
