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

async function build(brokenCase?: string): Promise<BuildResult> {
  const result = await buildFixture(brokenCase);
  built.push(result);
  return result;
}

describe('content build errors', { timeout: 120_000 }, () => {
  it('builds the valid fixture', async () => {
    const result = await build();
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
  });

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
    ['missing-field', ['issues/0002-missing-title.mdx', 'title: Required']],
    ['wrong-type', ['issues/0002-wrong-type.mdx', 'number: Expected type `"number"`, received `"string"`']],
    ['description-too-long', ['issues/0002-long-description.mdx', 'description: must be at most 160 characters']],
    ['bad-category', ['glossary/model.md', 'category', 'expected one of "model-fitting"']],
    ['missing-reference-link', ['issues/0002-reference-without-doi.mdx', 'references', 'needs a doi or']],
    ['quiz-two-correct', ['issues/0002-quiz-two-correct.mdx', 'quiz.0.options', 'exactly one option with correct: true']],
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
    ['duplicate-number', ['issues/0002-duplicate-number.mdx', "number 1 is already used in series 'conundra'", 'issues/0001-fixture.mdx']],
  ])('%s fails the build with a message that names the file', async (brokenCase, expected) => {
    const result = await build(brokenCase);
    expect(result.ok).toBe(false);
    for (const text of expected) expect(result.output).toContain(text);
  });

  it('warns, without failing, about a tag spelt like an existing one', async () => {
    const result = await build('close-tag');
    expect(result.ok).toBe(true);
    expect(result.output).toContain(
      "issues/0002-close-tag.mdx: tag 'fixturs' is close to the existing tag 'fixtures' (did you mean 'fixtures'?)",
    );
  });
});
