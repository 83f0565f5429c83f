import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { markdownCopy, markdownPath, type MarkdownCopyInput } from '../../../src/lib/publishing/markdown-copy';

const base: Omit<MarkdownCopyInput, 'body' | 'mdx'> = {
  title: 'Parameters and hyperparameters',
  url: 'https://example.org/conundra/issues/parameters-and-hyperparameters/',
  date: new Date('2026-10-12'),
  description: 'Learned versus chosen.',
  termUrl: (slug) => `https://example.org/conundra/glossary/${slug}/`,
  siteUrl: (path) => `https://example.org/conundra${path}`,
};

const mdx = `import BayesOpt from '@islands/bayes-opt/BayesOpt.astro';

A <Term slug="hyperparameter">hyperparameter</Term> is set, and $\\lambda$ too:

$$
\\hat\\beta = \\arg\\min_\\beta \\lVert y - X\\beta \\rVert^2
$$

<BayesOpt />

Read [the next issue](/issues/training-validation-and-test-sets/).

<KeyPoints>

- Parameters are learned.
- Hyperparameters are chosen.

</KeyPoints>
`;

const split = (markdown: string) => {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error('no frontmatter');
  return { front: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
};

const tex = (markdown: string) => {
  const tree = unified().use(remarkParse).use(remarkMath).parse(markdown) as Root;
  const found: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') found.push(node.value);
  });
  return found;
};

describe('the Markdown copy of an issue', () => {
  const markdown = markdownCopy({
    ...base,
    body: mdx,
    mdx: true,
    figures: [{ caption: 'Bayesian optimisation of a learning rate.', id: 'bo-caption' }],
    quiz: [
      {
        question: 'Which is a hyperparameter?',
        options: [
          { text: 'A coefficient', correct: false, explanation: 'Learned.' },
          { text: 'The penalty strength', correct: true, explanation: 'Chosen before training.' },
          { text: 'The intercept', correct: false, explanation: 'Learned too.' },
        ],
      },
    ],
  });
  const { front, body } = split(markdown);

  it('has frontmatter with the title, canonical URL and date', () => {
    expect(front).toMatchObject({ title: base.title, url: base.url, date: '2026-10-12', description: 'Learned versus chosen.' });
  });

  it('opens with the title', () => {
    expect(body.startsWith('# Parameters and hyperparameters\n')).toBe(true);
  });

  it('keeps formulas as TeX', () => {
    expect(tex(body)).toEqual(['\\lambda', '\\hat\\beta = \\arg\\min_\\beta \\lVert y - X\\beta \\rVert^2']);
  });

  it('turns <Term> and root-relative links into absolute links', () => {
    expect(body).toContain('[hyperparameter](https://example.org/conundra/glossary/hyperparameter/)');
    expect(body).toContain('[the next issue](https://example.org/conundra/issues/training-validation-and-test-sets/)');
    expect(body).not.toMatch(/<Term|import /);
  });

  it('replaces a figure with its caption and a link to it on the page', () => {
    expect(body).toContain(
      '*Interactive figure.* Bayesian optimisation of a learning rate. [Open the figure on the page.](https://example.org/conundra/issues/parameters-and-hyperparameters/#bo-caption)',
    );
  });

  it('writes the key points as a headed list', () => {
    expect(body).toMatch(/## Key points\n\n- Parameters are learned\.\n- Hyperparameters are chosen\./);
  });

  it('writes the quiz as questions with the answers in a list', () => {
    expect(body).toContain('## Check your understanding');
    expect(body).toContain('Which is a hyperparameter?');
    expect(body).toContain('- **The penalty strength** Correct. Chosen before training.');
    expect(body).toContain('- A coefficient Not quite. Learned.');
  });
});

describe('the Markdown copy of a term', () => {
  const markdown = markdownCopy({
    ...base,
    title: 'Learning rate',
    url: 'https://example.org/conundra/glossary/learning-rate/',
    body: 'The [gradient](term:gradient-descent) step, $\\eta$.\n',
    mdx: false,
    lead: 'The size of each step.',
    extra: { aliases: ['step size', 'η'] },
  });
  const { front, body } = split(markdown);

  it('links term: links absolutely and keeps the aliases in the frontmatter', () => {
    expect(body).toContain('[gradient](https://example.org/conundra/glossary/gradient-descent/)');
    expect(front['aliases']).toEqual(['step size', 'η']);
    expect(body).toContain('> The size of each step.');
    expect(tex(body)).toEqual(['\\eta']);
  });
});

it('puts the copy next to its page', () => {
  expect(markdownPath('/conundra/issues/x/')).toBe('/conundra/issues/x/index.md');
  expect(markdownPath('/glossary/y')).toBe('/glossary/y/index.md');
});
