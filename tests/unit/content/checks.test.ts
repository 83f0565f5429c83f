import { describe, expect, it } from 'vitest';
import { addressProblems, entryAddress, entryId, tagSpellingProblems } from '../../../src/lib/content/collection-checks';
import { formatProblem } from '../../../src/lib/content/content-problem';
import { dateOrderProblems, fileNumberProblems, termSelfReferenceProblems } from '../../../src/lib/content/entry-checks';
import { decodeUtf8, readFrontmatter } from '../../../src/lib/content/frontmatter-source';
import { isReservedSlug } from '../../../src/lib/content/reserved-routes';

const noLine = () => undefined;
const lines = (p: ContentLike[]) => p.map(formatProblem);
type ContentLike = Parameters<typeof formatProblem>[0];

describe('formatProblem', () => {
  it.each([
    [{ file: 'content/issues/0002-x.mdx', line: 4, field: 'published', message: 'expected a date' }, 'content/issues/0002-x.mdx:4: published: expected a date'],
    [{ file: 'content/issues/0002-x.mdx', field: 'title', message: 'required' }, 'content/issues/0002-x.mdx: title: required'],
    [{ file: 'content/issues/0002-x.mdx', message: 'broken' }, 'content/issues/0002-x.mdx: broken'],
  ])('%o → %s', (problem, expected) => {
    expect(formatProblem(problem)).toBe(expected);
  });
});

describe('entryId and entryAddress', () => {
  it.each([
    ['issues', '0001-fixture.mdx', '0001-fixture', '/issues/fixture/'],
    ['issues', '0002-Fixture.mdx', '0002-fixture', '/issues/fixture/'],
    ['glossary', 'Parameter.md', 'parameter', '/glossary/parameter/'],
    ['glossary', 'my term.md', 'my-term', '/glossary/my-term/'],
    ['pages', 'about.md', 'about', '/about/'],
    ['issues', '2026/0001-x.mdx', '2026/0001-x', '/issues/2026/0001-x/'],
  ] as const)('%s %s → %s at %s', (collection, file, id, address) => {
    expect(entryId(file)).toBe(id);
    expect(entryAddress(collection, id)).toBe(address);
  });
});

describe('isReservedSlug', () => {
  it.each([
    ['issues', 'figures', true],
    ['issues', 'email', false],
    ['issues', 'rss.xml', true],
    ['issues', 'feed.json', false],
    ['issues', 'fixture', false],
    ['glossary', 'statistics', true],
    ['glossary', 'a', true],
    ['glossary', 'auc', false],
    ['pages', 'glossary', true],
    ['pages', 'about', false],
  ] as const)('%s/%s → %s', (collection, slug, reserved) => {
    expect(isReservedSlug(collection, slug)).toBe(reserved);
  });
});

describe('addressProblems', () => {
  const f = (relativePath: string, collection = 'issues') => ({ file: `content/${collection}/${relativePath}`, relativePath });
  it.each([
    ['distinct slugs', 'issues', [f('0001-a.mdx'), f('0002-b.mdx')], []],
    [
      'one slug, two numbers',
      'issues',
      [f('0002-a.mdx'), f('0001-a.mdx')],
      ['content/issues/0002-a.mdx: file name: gives the address /issues/a/, which content/issues/0001-a.mdx already has, so one of them would be lost; expected each issue to have its own address: rename one file'],
    ],
    [
      'names that differ only in case',
      'glossary',
      [f('Auc.md', 'glossary'), f('auc.md', 'glossary')],
      ['content/glossary/Auc.md: file name: gives the address /glossary/auc/, which content/glossary/auc.md already has, so one of them would be lost; expected each term to have its own address: rename one file'],
    ],
    [
      'a reserved name',
      'issues',
      [f('0003-feed.mdx'), f('0004-math.mdx')],
      [
        "content/issues/0004-math.mdx: file name: gives the address /issues/math/ and, for its email edition, /email/math/, which the site keeps for its own page ('math' is a reserved name); expected another name",
      ],
    ],
    ['nothing after the number', 'issues', [f('0005-.mdx')], ['content/issues/0005-.mdx: file name: gives an empty address; expected letters or digits after the number prefix']],
  ] as const)('%s', (_, collection, files, expected) => {
    expect(lines(addressProblems(collection, files))).toEqual(expected);
  });
});

describe('tagSpellingProblems', () => {
  it.each([
    ['one spelling everywhere', [{ file: 'a', tags: ['model fitting'] }, { file: 'b', tags: ['model fitting'] }], []],
    [
      'case',
      [{ file: 'a', tags: ['calibration'] }, { file: 'b', tags: ['Calibration'] }],
      ["b: tags.0: 'Calibration' would share the page /tags/calibration/ with 'calibration' (in a); expected the same spelling, 'calibration'"],
    ],
    [
      'punctuation, within one file',
      [{ file: 'a', tags: ['model fitting', 'model-fitting'] }],
      ["a: tags.1: 'model-fitting' would share the page /tags/model-fitting/ with 'model fitting' (in this file); expected the same spelling, 'model fitting'"],
    ],
    ['twice', [{ file: 'a', tags: ['roc', 'roc'] }], ["a: tags.1: 'roc' is listed twice; expected each tag once"]],
    ['no letters', [{ file: 'a', tags: ['?!'] }], ["a: tags.0: '?!' has no letters or digits, so it would have no page; expected a word"]],
  ])('%s', (_, files, expected) => {
    expect(lines(tagSpellingProblems(files))).toEqual(expected);
  });
});

describe('dateOrderProblems', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it.each([
    ['no updated', { published: d('2026-01-01') }, []],
    ['same day', { published: d('2026-01-01'), updated: d('2026-01-01') }, []],
    ['later', { published: d('2026-01-01'), updated: d('2026-02-01') }, []],
    ['earlier', { published: d('2026-03-01'), updated: d('2026-02-01') }, ['f: updated: 2026-02-01 is before published (2026-03-01); expected a date on or after the publication date']],
  ])('%s', (_, data, expected) => {
    expect(lines(dateOrderProblems('f', data, noLine))).toEqual(expected);
  });
});

describe('fileNumberProblems', () => {
  it.each([
    ['0002-x', 2, []],
    ['x', 7, []],
    ['0002-x', 5, ['f: number: 5 does not match the file name, which starts 0002; expected the number the file name gives, or rename the file']],
  ] as const)('%s with number %d', (id, number, expected) => {
    expect(lines(fileNumberProblems('f', id, { number }, noLine))).toEqual(expected);
  });
});

describe('termSelfReferenceProblems', () => {
  it.each([
    ['clean', { term: 'Lasso', aliases: ['LASSO', 'L1 regularisation'], related: ['ridge'] }, []],
    ['related to itself', { term: 'Lasso', aliases: [], related: ['ridge', 'lasso'] }, ["f: related.1: 'lasso' is this term itself; expected the slugs of other terms"]],
    ['related twice', { term: 'Lasso', aliases: [], related: ['ridge', 'ridge'] }, ["f: related.1: 'ridge' is listed twice; expected each related term once"]],
    ['alias is the name', { term: 'Lasso', aliases: ['Lasso'], related: [] }, ["f: aliases.0: 'Lasso' is the term's own name ('Lasso'); expected other names or abbreviations"]],
    ['alias twice', { term: 'Lasso', aliases: ['L1', 'L1'], related: [] }, ["f: aliases.1: 'L1' repeats another alias of this term; expected each alias once"]],
  ])('%s', (_, data, expected) => {
    expect(lines(termSelfReferenceProblems('f', 'lasso', data, noLine))).toEqual(expected);
  });
});

describe('decodeUtf8', () => {
  it.each([
    ['UTF-8', Buffer.from('---\ntitle: café\n---\n'), undefined],
    ['Latin-1 on line 2', Buffer.from('---\ntitle: caf\xe9\n---\n', 'latin1'), 2],
  ])('%s', (_, bytes, badLine) => {
    const { text, problem } = decodeUtf8('f', bytes);
    expect(problem?.line).toBe(badLine);
    expect(text === undefined).toBe(badLine !== undefined);
  });
});

describe('readFrontmatter', () => {
  const source = '---\ntitle: "x"\nquiz:\n  - question: "q"\n    options:\n      - text: "a"\n---\nBody\n';
  it.each([
    [['title'], 2],
    [['quiz'], 3],
    [['quiz', 0], 4],
    [['quiz', 0, 'options'], 5],
    [['quiz', 0, 'options', 0, 'text'], 6],
    [['missing'], undefined],
  ] as const)('line of %j is %s', (path, line) => {
    expect(readFrontmatter('f', source).lineOf(path)).toBe(line);
  });

  it.each([
    ['no frontmatter', 'Just text\n', 'f:1: frontmatter: expected the file to start with a line of three dashes (---), the fields, and another --- line'],
    ['a field twice', '---\ntitle: a\nnumber: 1\ntitle: b\n---\n', 'f:4: title: given twice (first on line 2); expected each field once, because only one of them would be kept'],
  ])('%s', (_, text, expected) => {
    expect(readFrontmatter('f', text).problems.map(formatProblem)).toEqual([expected]);
  });
});
