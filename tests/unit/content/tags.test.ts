import { expect, it } from 'vitest';
import { suspiciousTagWarnings, tagSlug } from '../../../src/lib/content/tags';

it.each([
  ['model fitting', 'model-fitting'],
  ['Data leakage', 'data-leakage'],
  ['causal inference ', 'causal-inference'],
  ['Régularisation', 'regularisation'],
])('slugs the tag %j as %s', (tag, slug) => {
  expect(tagSlug(tag)).toBe(slug);
});

it('warns about a one-off tag spelt like an existing one, and nothing else', () => {
  const items = [
    { id: 'a', filePath: 'content/issues/0001-a.mdx', data: { tags: ['calibration', 'evaluation'] } },
    { id: 'b', filePath: 'content/issues/0002-b.mdx', data: { tags: ['calibration', 'evaluation'] } },
    { id: 'c', filePath: 'content/issues/0003-c.mdx', data: { tags: ['calibraton', 'causal inference'] } },
  ];
  expect(suspiciousTagWarnings(items)).toEqual([
    "content/issues/0003-c.mdx: tag 'calibraton' is close to the existing tag 'calibration' (did you mean 'calibration'?)",
  ]);
});
