import { describe, expect, it } from 'vitest';
import {
  alphabeticalNeighbours,
  duplicateNameErrors,
  groupByLetter,
  indexLetter,
  referencedTermSlugs,
  unknownRelatedErrors,
} from '../../../src/lib/content/glossary';
import { categoryFilterCss } from '../../../src/lib/content/glossary-filter';
import { didYouMean } from '../../../src/lib/util/suggest';

const named = (term: string) => ({ data: { term } });

describe('indexLetter', () => {
  it.each([
    ['Hyperparameter', 'H'],
    ['k-nearest neighbours', 'K'],
    ['Épidémiologie', 'E'],
    ['95% interval', '#'],
    ['  lasso', 'L'],
  ])('files %j under %s', (term, letter) => {
    expect(indexLetter(term)).toBe(letter);
  });
});

it('groups terms A to Z, ignoring case, with symbols first', () => {
  const groups = groupByLetter([named('lasso'), named('Learning rate'), named('AUC'), named('2-D'), named('activation')]);
  expect([...groups.keys()]).toEqual(['#', 'A', 'L']);
  expect(groups.get('A')?.map((t) => t.data.term)).toEqual(['activation', 'AUC']);
  expect(groups.get('L')?.map((t) => t.data.term)).toEqual(['lasso', 'Learning rate']);
});

it('finds alphabetical neighbours', () => {
  const [a, b, c] = [named('Alpha'), named('beta'), named('Gamma')];
  const neighbours = alphabeticalNeighbours([c, a, b]);
  expect(neighbours.get(b)).toEqual({ previous: a, next: c });
  expect(neighbours.get(a)).toEqual({ previous: undefined, next: b });
  expect(neighbours.get(c)).toEqual({ previous: b, next: undefined });
});

describe('referencedTermSlugs', () => {
  it('collects <Term> and term: links in order of first mention, once each', () => {
    const source = [
      'A <Term slug="hyperparameter">hyperparameter</Term> and a <Term slug=\'parameter\'>parameter</Term>.',
      'See [the rate](term:learning-rate) and <Term slug="hyperparameter">again</Term>.',
    ].join('\n');
    expect(referencedTermSlugs(source)).toEqual(['hyperparameter', 'parameter', 'learning-rate']);
  });

  it('ignores ordinary links', () => {
    expect(referencedTermSlugs('[docs](https://example.org) and [home](/)')).toEqual([]);
  });
});

it('reports related slugs that do not exist, with the closest real one', () => {
  const terms = [
    { id: 'lasso', filePath: 'content/glossary/lasso.md', data: { related: ['ridge-regresion', 'lasso'] } },
    { id: 'ridge-regression', filePath: 'content/glossary/ridge-regression.md', data: { related: ['lasso'] } },
  ];
  expect(unknownRelatedErrors(terms, didYouMean)).toEqual([
    "content/glossary/lasso.md: related term 'ridge-regresion' does not exist (did you mean 'ridge-regression'?)",
  ]);
});

it('generates one filter rule per category', () => {
  const css = categoryFilterCss(['evaluation', 'statistics']);
  expect(css).toContain(':root:has(#filter-evaluation:checked) .glossary-entry:not([data-category="evaluation"])');
  expect(css).toContain(':root:has(#filter-statistics:checked) .letter-group:not(:has([data-category="statistics"]))');
  expect(css.match(/display:none/g)).toHaveLength(2);
});

it('reports a name or alias that two terms share, ignoring case', () => {
  const terms = [
    { id: 'calibration', filePath: 'content/glossary/calibration.md', data: { term: 'Calibration', aliases: ['Calibration plot'] } },
    { id: 'reliability-diagram', filePath: 'content/glossary/reliability-diagram.md', data: { term: 'Reliability diagram', aliases: ['calibration plot'] } },
    { id: 'roc-curve', data: { term: 'ROC curve', aliases: [] } },
  ];
  expect(duplicateNameErrors(terms)).toEqual([
    "content/glossary/reliability-diagram.md: the name or alias 'calibration plot' is already used by content/glossary/calibration.md (expected each name to belong to one term)",
  ]);
});
