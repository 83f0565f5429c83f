import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixture, type BuildResult } from './build-fixture';

/**
 * Every mistake an editor can make fails the build with a message that names
 * the file, what is wrong and what was expected. Each case lays one broken
 * file from tests/fixtures/content/broken/<case>/ over the valid fixture.
 */
const built: BuildResult[] = [];

/** "file:line:column" of the first occurrence of text in a broken fixture, as the build should report it. */
function located(brokenCase: string, file: string, text: string): string {
  const lines = readFileSync(path.join(import.meta.dirname, '../fixtures/content/broken', brokenCase, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  return `${file}:${line + 1}:${(lines[line] ?? '').indexOf(text) + 1}`;
}
afterAll(async () => Promise.all(built.map(removeFixture)));

async function build(brokenCases: string | string[]): Promise<BuildResult> {
  const result = await buildFixture(brokenCases);
  built.push(result);
  return result;
}

describe('content build errors', { timeout: 240_000 }, () => {
  it.each([
    [
      'unknown-term-in-issue',
      [
        located('unknown-term-in-issue', 'issues/0002-unknown-term.mdx', '<Term'),
        "unknown glossary term 'hyperparamter' in <Term>",
        "did you mean 'hyperparameter'?",
      ],
    ],
    [
      'unknown-term-in-glossary',
      [
        located('unknown-term-in-glossary', 'glossary/model.md', '[parameters]'),
        "unknown glossary term 'paramter' in link 'term:paramter'",
        "did you mean 'parameter'?",
      ],
    ],
    ['unknown-related', ['glossary/model.md', "related term 'hyper-parameter' does not exist", "did you mean 'hyperparameter'?"]],
    ['not-utf8', ['glossary/model.md:6: encoding: the file is not valid UTF-8']],
    ['broken-link', ['issues/0002-broken-link.mdx', "broken link '/issues/no-such-issue/'", 'no page or file at that address']],
    [
      'missing-anchor',
      ['issues/0002-missing-anchor.mdx', "broken link '/issues/fixture/#no-such-section'", "no element with id 'no-such-section'"],
    ],
    [
      'image-without-alt',
      [located('image-without-alt', 'issues/0002-image-without-alt.mdx', '![]'), "image '/favicon.svg' has no alt text"],
    ],
    ['invalid-tex', [`${located('invalid-tex', 'issues/0002-invalid-tex.mdx', '$$')}: invalid TeX`, "expected '}'"]],
    ['duplicate-number', ['issues/0001-duplicate-number.mdx', "number 1 is already used in series 'conundra'", 'issues/0001-fixture.mdx']],
  ])('%s fails the build with a message that names the file', async (brokenCase, expected) => {
    const result = await build(brokenCase);
    expect(result.ok).toBe(false);
    for (const text of expected) expect(result.output).toContain(text);
    // Astro's own markup never reaches the editor.
    expect(result.output).not.toMatch(/\*\*\w+\*\*:/);
  });

  // Frontmatter mistakes stop the build before Astro loads anything; tests/unit/content/fixture-checks.test.ts
  // has every such case and its exact message. One build of three broken issues proves the build prints
  // every problem of every file at once, one line each.
  it('stops on frontmatter mistakes in several issues, and names every one of them', async () => {
    const result = await build(['missing-field', 'many-problems', 'same-address-issue']);
    expect(result.ok).toBe(false);
    for (const line of [
      'issues/0002-missing-title.mdx: title: required, but missing (expected text)',
      'issues/0002-many-problems.mdx:2: title: expected some text, got an empty value',
      'issues/0002-many-problems.mdx:4: number: expected a number written without quotes, got "two"',
      'issues/0002-many-problems.mdx:5: published: expected a date written as YYYY-MM-DD, got "23/11/2026"',
      'issues/0002-many-problems.mdx:6: authors: expected at least 1 item, got 0',
      'issues/0002-fixture.mdx: file name: gives the address /issues/fixture/, which',
      'issues/0001-fixture.mdx already has',
    ])
      expect(result.output).toContain(line);
    expect(result.output).not.toMatch(/\*\*\w+\*\*:/);
  });

  it('warns, without failing, about a tag spelt like an existing one', async () => {
    const result = await build('close-tag');
    expect(result.ok).toBe(true);
    expect(result.output).toContain(
      "issues/0002-close-tag.mdx: tag 'fixturs' is close to the existing tag 'fixtures' (did you mean 'fixtures'?)",
    );
  });
});
