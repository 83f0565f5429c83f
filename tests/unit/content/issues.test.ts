import { describe, expect, it } from 'vitest';
import {
  byNewest,
  bySeriesNumber,
  duplicateNumberErrors,
  groupByYear,
  issueLabel,
  issueSlug,
  seriesNeighbours,
  type IssueLike,
} from '../../../src/lib/content/issues';

const issue = (id: string, number: number, published: string, series = 'conundra'): IssueLike => ({
  id,
  filePath: `content/issues/${id}.mdx`,
  data: { series, number, published: new Date(published), title: id },
});

const one = issue('0001-parameters', 1, '2025-11-20');
const two = issue('0002-splits', 2, '2026-01-15');
const three = issue('0003-overfitting', 3, '2026-02-01');

describe('issueSlug', () => {
  it.each([
    ['0001-parameters-and-hyperparameters', 'parameters-and-hyperparameters'],
    ['12_sensitivity', 'sensitivity'],
    ['no-number-prefix', 'no-number-prefix'],
    ['2024-in-review', 'in-review'],
  ])('turns %s into %s', (id, slug) => {
    expect(issueSlug(id)).toBe(slug);
  });
});

describe('ordering', () => {
  it('lists the archive newest first', () => {
    expect([one, three, two].sort(byNewest).map((i) => i.data.number)).toEqual([3, 2, 1]);
  });

  it('orders a series by issue number, whatever the dates', () => {
    const late = issue('0004-late', 4, '2025-01-01');
    expect([late, three, one, two].sort(bySeriesNumber).map((i) => i.data.number)).toEqual([1, 2, 3, 4]);
  });

  it('finds previous and next within the same series only', () => {
    const other = issue('0002-other', 2, '2026-01-10', 'other-series');
    const all = [three, other, one, two];
    expect(seriesNeighbours(two, all)).toEqual({ previous: one, next: three });
    expect(seriesNeighbours(one, all)).toEqual({ next: two });
    expect(seriesNeighbours(three, all)).toEqual({ previous: two });
    expect(seriesNeighbours(other, all)).toEqual({});
  });

  it('groups the archive by year, newest year first', () => {
    expect(groupByYear([one, two, three]).map((g) => [g.year, g.issues.map((i) => i.data.number)])).toEqual([
      [2026, [3, 2]],
      [2025, [1]],
    ]);
  });
});

describe('duplicateNumberErrors', () => {
  it('accepts distinct numbers, and the same number in different series', () => {
    expect(duplicateNumberErrors([one, two, issue('0001-other', 1, '2026-01-01', 'other')])).toEqual([]);
  });

  it('names both files when two issues share a number', () => {
    const clash = issue('0009-clash', 2, '2026-03-01');
    expect(duplicateNumberErrors([one, two, clash])).toEqual([
      "content/issues/0009-clash.mdx: number 2 is already used in series 'conundra' by content/issues/0002-splits.mdx (expected a number no other issue in the series has)",
    ]);
  });
});

it('labels an issue by series and number', () => {
  expect(issueLabel('Conundra', 7)).toBe('Conundra #7');
});
