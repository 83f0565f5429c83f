import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCollection, type SourceFile } from '../../../src/lib/content/checks';
import { formatProblem, sortProblems } from '../../../src/lib/content/content-problem';
import { issueSchema, pageSchema, termSchema } from '../../../src/lib/content/schemas';
import type { CollectionName } from '../../../src/lib/content/reserved-routes';

/**
 * The checks the build runs before Astro loads any content (src/lib/content/checks.ts), over
 * each broken fixture laid on the valid one, as tests/build/build-fixture.ts lays them for a build.
 * Paths read "content/…" as an editor sees them. tests/build/content-errors.test.ts proves with
 * real builds that these messages stop the build and the dev server.
 */
const fixtures = path.resolve(import.meta.dirname, '../../fixtures/content');
const schemas = { issues: issueSchema, glossary: termSchema, pages: pageSchema };
const extensions: Record<CollectionName, string[]> = { issues: ['.mdx'], glossary: ['.md'], pages: ['.md', '.mdx'] };

function overlay(brokenCase?: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const dir of [path.join(fixtures, 'valid'), ...(brokenCase ? [path.join(fixtures, 'broken', brokenCase)] : [])]) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const full = path.join(dir, name);
      if (/\.mdx?$/.test(name)) files.set(name.split(path.sep).join('/'), readFileSync(full));
    }
  }
  return files;
}

function contentProblems(brokenCase?: string): string[] {
  const files = overlay(brokenCase);
  return (Object.keys(schemas) as CollectionName[]).flatMap((collection) => {
    const sources: SourceFile[] = [...files]
      .filter(([name]) => name.startsWith(`${collection}/`) && extensions[collection].some((e) => name.endsWith(e)))
      .map(([name, bytes]) => ({ file: `content/${name}`, relativePath: name.slice(collection.length + 1), bytes }));
    return sortProblems(checkCollection(collection, sources, schemas[collection])).map(formatProblem);
  });
}

describe('content checks over the fixtures', () => {
  it('find nothing wrong with the valid fixture', () => {
    expect(contentProblems()).toEqual([]);
  });

  // Every problem in a file at once, one line each: file, line where the field is found, field, what was expected.
  const cases: [string, string[]][] = [
    [
      'alias-own-name',
      [
        "content/glossary/model.md:4: aliases.0: 'Model' is the term's own name ('Model'); expected other names or abbreviations",
      ],
    ],
    [
      'bad-category',
      [
        "content/glossary/model.md:4: category: expected one of \"model-fitting\", \"neural-networks\", \"optimisation\", \"evaluation\", \"statistics\", \"clinical-use\", got \"modelling\"",
      ],
    ],
    [
      'date-format',
      [
        "content/issues/0002-date-format.mdx:5: published: expected a date written as YYYY-MM-DD, got \"23/11/2026\"",
      ],
    ],
    [
      'description-too-long',
      [
        "content/issues/0002-long-description.mdx:3: description: must be at most 160 characters, because search engines cut longer meta descriptions (got 205)",
      ],
    ],
    [
      'duplicate-field',
      [
        "content/issues/0002-duplicate-field.mdx:5: title: given twice (first on line 2); expected each field once, because only one of them would be kept",
      ],
    ],
    [
      'impossible-date',
      [
        "content/issues/0002-impossible-date.mdx:5: published: expected a date written as YYYY-MM-DD, got \"2026-02-30\"",
      ],
    ],
    [
      'many-problems',
      [
        "content/issues/0002-many-problems.mdx:2: title: expected some text, got an empty value",
        "content/issues/0002-many-problems.mdx:4: number: expected a number written without quotes, got \"two\"",
        "content/issues/0002-many-problems.mdx:5: published: expected a date written as YYYY-MM-DD, got \"23/11/2026\"",
        "content/issues/0002-many-problems.mdx:6: authors: expected at least 1 item, got 0",
      ],
    ],
    [
      'missing-field',
      [
        "content/issues/0002-missing-title.mdx: title: required, but missing (expected text)",
      ],
    ],
    [
      'missing-reference-link',
      [
        "content/issues/0002-reference-without-doi.mdx:8: references.0: each reference needs a doi or, for works without one, a url",
      ],
    ],
    [
      'not-utf8',
      [
        "content/glossary/model.md:6: encoding: the file is not valid UTF-8 (byte 0xE8 on this line); expected UTF-8 text: save the file again with the encoding set to UTF-8",
      ],
    ],
    [
      'number-mismatch',
      [
        "content/issues/0002-number-mismatch.mdx:4: number: 5 does not match the file name, which starts 0002; expected the number the file name gives, or rename the file",
      ],
    ],
    [
      'quiz-two-correct',
      [
        "content/issues/0002-quiz-two-correct.mdx:16: quiz.0.options: each question needs exactly one option with correct: true",
      ],
    ],
    [
      'reserved-slug',
      [
        "content/issues/0002-figures.mdx: file name: gives the address /issues/figures/ and, for its email edition, /email/figures/, which the site keeps for its own page ('figures' is a reserved name); expected another name",
        "content/glossary/letter.md: file name: gives the address /glossary/letter/, which the site keeps for its own page ('letter' is a reserved name); expected another name",
        "content/pages/glossary.md: file name: gives the address /glossary/, which the site keeps for its own page ('glossary' is a reserved name); expected another name",
      ],
    ],
    [
      'same-address-issue',
      [
        "content/issues/0002-fixture.mdx: file name: gives the address /issues/fixture/, which content/issues/0001-fixture.mdx already has, so one of them would be lost; expected each issue to have its own address: rename one file",
      ],
    ],
    [
      'same-address-term',
      [
        "content/glossary/Parameter.md: file name: gives the address /glossary/parameter/, which content/glossary/parameter.md already has, so one of them would be lost; expected each term to have its own address: rename one file",
      ],
    ],
    [
      'self-related',
      [
        "content/glossary/model.md:5: related.1: 'model' is this term itself; expected the slugs of other terms",
      ],
    ],
    [
      'subfolder',
      [
        "content/issues/2026/0002-nested.mdx: file name: the file is in a subfolder, so its page would be at /issues/2026/0002-nested/, which no route serves; expected the file directly in content/issues/",
      ],
    ],
    [
      'tag-spelling',
      [
        "content/issues/0002-tag-spelling.mdx:7: tags.0: 'Fixtures' would share the page /tags/fixtures/ with 'fixtures' (in content/issues/0001-fixture.mdx); expected the same spelling, 'fixtures'",
        "content/issues/0002-tag-spelling.mdx:7: tags.2: 'model-fitting' would share the page /tags/model-fitting/ with 'model fitting' (in this file); expected the same spelling, 'model fitting'",
      ],
    ],
    [
      'unknown-field',
      [
        "content/issues/0002-unknown-field.mdx:6: updatd: unknown field, which the site would ignore (did you mean 'updated'?)",
        "content/issues/0002-unknown-field.mdx:7: slug: unknown field, which the site would ignore (expected one of title, description, series, number, published, updated, authors, reviewers, tags, draft, epigraph, references, quiz)",
      ],
    ],
    [
      'updated-before-published',
      [
        "content/issues/0002-updated-early.mdx:6: updated: 2026-02-01 is before published (2026-03-01); expected a date on or after the publication date",
      ],
    ],
    [
      'wrong-type',
      [
        "content/issues/0002-wrong-type.mdx:4: number: expected a number written without quotes, got \"two\"",
      ],
    ],
  ];

  it.each(cases)('%s', (brokenCase, expected) => {
    expect(contentProblems(brokenCase)).toEqual(expected);
  });

  // Mistakes found later, while rendering or after the build (tests/build/content-errors.test.ts).
  it.each(["broken-link", "close-tag", "drafts", "duplicate-number", "image-without-alt", "invalid-tex", "missing-anchor", "unknown-related", "unknown-term-in-glossary", "unknown-term-in-issue"])('%s passes these checks and is caught later', (brokenCase) => {
    expect(contentProblems(brokenCase)).toEqual([]);
  });

  it('has a row for every broken fixture', () => {
    const covered = [...cases.map(([c]) => c), ...["broken-link", "close-tag", "drafts", "duplicate-number", "image-without-alt", "invalid-tex", "missing-anchor", "unknown-related", "unknown-term-in-glossary", "unknown-term-in-issue"]];
    expect(readdirSync(path.join(fixtures, 'broken')).sort()).toEqual(covered.sort());
  });
});
