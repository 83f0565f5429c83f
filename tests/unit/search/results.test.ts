import { describe, expect, it } from 'vitest';
import { isTypingTarget } from '../../../src/lib/search/shortcut';
import { moveSelection, queryFromLocation, resultsSummary, withQuery } from '../../../src/lib/search/results';

describe('landing URLs', () => {
  it('reads the query from ?q=', () => {
    expect(queryFromLocation('?q=learning+rate')).toBe('learning rate');
    expect(queryFromLocation('?q=%20kNN%20')).toBe('kNN');
    expect(queryFromLocation('')).toBe('');
  });

  it('keeps ?q= in step with the query', () => {
    expect(withQuery('https://x.org/search/', 'grid search')).toBe('/search/?q=grid+search');
    expect(withQuery('https://x.org/search/?q=old', '  ')).toBe('/search/');
  });
});

describe('moveSelection', () => {
  it.each([
    [-1, 'ArrowDown', 3, 0],
    [0, 'ArrowDown', 3, 1],
    [2, 'ArrowDown', 3, 2],
    [0, 'ArrowUp', 3, -1],
    [-1, 'ArrowUp', 3, -1],
    [1, 'Home', 3, 0],
    [0, 'End', 3, 2],
    [-1, 'ArrowDown', 0, -1],
  ] as const)('from %i, %s among %i results goes to %i', (from, key, count, to) => {
    expect(moveSelection(from, key, count)).toBe(to);
  });
});

it('summarises results for the live region', () => {
  expect(resultsSummary(0, 'xyz')).toBe('No results for “xyz”.');
  expect(resultsSummary(1, 'kNN')).toBe('1 result for “kNN”.');
  expect(resultsSummary(12, 'rate', 'Issue')).toBe('12 results for “rate” among issues.');
  expect(resultsSummary(3, '  ')).toBe('');
});

it('knows when a key press is typing', () => {
  expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
  expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  expect(isTypingTarget({ tagName: 'A' })).toBe(false);
  expect(isTypingTarget(null)).toBe(false);
});
