import { describe, expect, it } from 'vitest';
import { pathTo } from '../../../src/lib/site/urls';
import { normaliseBasePath } from '../../../src/site.config';

describe('pathTo', () => {
  it.each([
    ['/', '/', '/'],
    ['/glossary/lasso/', '/', '/glossary/lasso/'],
    ['glossary/lasso', '/', '/glossary/lasso/'],
    ['/glossary/lasso/', '/conundra', '/conundra/glossary/lasso/'],
    ['/', '/conundra', '/conundra/'],
    ['/rss.xml', '/conundra', '/conundra/rss.xml'],
    ['/issues/one/#grid-search', '/', '/issues/one/#grid-search'],
    ['/issues/one#grid-search', '/conundra', '/conundra/issues/one/#grid-search'],
  ])('%s under base %s is %s', (route, base, expected) => {
    expect(pathTo(route, base)).toBe(expected);
  });
});

describe('normaliseBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['conundra', '/conundra'],
    ['/conundra/', '/conundra'],
    ['/a/b/', '/a/b'],
  ])('%j becomes %s', (raw, expected) => {
    expect(normaliseBasePath(raw)).toBe(expected);
  });
});
