/**
 * A synthetic newsletter archive for the build benchmark: issues shaped like
 * real ones (MDX with inline and display maths, term links, one island, a quiz,
 * references) and glossary terms that link to each other. Deterministic, so two
 * runs build the same site and their timings compare.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { termCategoryIds } from '../../src/lib/content/term-categories.ts';

const islands = [
  ['SearchStrategies', 'search-strategies/SearchStrategies.astro'],
  ['BayesOpt', 'bayes-opt/BayesOpt.astro'],
  ['DimensionExplosion', 'dimension-explosion/DimensionExplosion.astro'],
  ['PrevalenceExplorer', 'prevalence-explorer/PrevalenceExplorer.astro'],
  ['RocThreshold', 'roc-threshold/RocThreshold.astro'],
  ['ReliabilityDiagram', 'reliability-diagram/ReliabilityDiagram.astro'],
] as const;

const nouns = ['cohort', 'threshold', 'ward', 'biomarker', 'classifier', 'register', 'trial', 'score', 'audit', 'pathway'];
const topics = ['sepsis', 'stroke', 'delirium', 'readmission', 'anaemia', 'fracture', 'asthma', 'melanoma'];
const tagPool = Array.from({ length: 40 }, (_, i) => `topic ${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`);

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const termSlug = (i: number) => `synthetic-term-${pad(i, 4)}`;
const quote = (s: string) => JSON.stringify(s);

/** One reference, valid against the schema (bare DOI). */
function reference(i: number): string {
  return `  - authors: ["Author ${i}", "Coauthor ${i + 1}"]
    title: "A study of ${pick(topics, i)} prediction number ${i}"
    venue: "Journal of Synthetic Medicine ${i % 40}:${i}–${i + 9}"
    year: ${1990 + (i % 35)}
    doi: "10.5555/synthetic.${i}"`;
}

function paragraph(seed: number, terms: number, link: (slug: string, text: string) => string): string {
  const sentences = Array.from({ length: 5 }, (_, s) => {
    const n = seed * 7 + s;
    return `The ${pick(nouns, n)} for ${pick(topics, n + 3)} in case ${n} changes when the ${pick(nouns, n + 5)} is ${
      s % 2 ? 'recalibrated' : 'validated'
    } against ${link(termSlug(1 + ((n * 13) % terms)), `term ${(n * 13) % terms}`)}.`;
  });
  return sentences.join(' ');
}

function issue(n: number, terms: number): string {
  const [component, file] = pick(islands, n);
  const date = new Date(Date.UTC(2005, 0, 3) + (n - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  const link = (slug: string, text: string) => `<Term slug="${slug}">${text}</Term>`;
  const sections = Array.from({ length: 4 }, (_, s) =>
    [`## Section ${s + 1} of issue ${n}`, paragraph(n * 4 + s, terms, link), paragraph(n * 4 + s + 1, terms, link)].join('\n\n'),
  );
  const options = (q: number) =>
    [0, 1, 2]
      .map(
        (o) => `      - text: "Option ${o + 1} for question ${q}"
        correct: ${o === q % 3}
        explanation: "Why option ${o + 1} is ${o === q % 3 ? 'right' : 'wrong'}."`,
      )
      .join('\n');
  return `---
title: ${quote(`Synthetic pair ${n}: ${pick(topics, n)} and ${pick(nouns, n)}`)}
description: ${quote(`Issue ${n} of the benchmark archive, on ${pick(topics, n)} and the ${pick(nouns, n)}.`)}
number: ${n}
published: ${date}
authors: ["Benchmark editors"]
tags: [${quote(pick(tagPool, n))}, ${quote(pick(tagPool, n * 3 + 1))}]
references:
${reference(n)}
${reference(n + 1)}
quiz:
${[0, 1, 2].map((q) => `  - question: "Question ${q + 1} of issue ${n}?"\n    options:\n${options(q)}`).join('\n')}
---

import ${component} from '@islands/${file}';

${sections[0]}

Inline maths such as $\\hat{y} = \\sigma(\\beta_0 + \\beta_1 x_{${n}})$ sits in the prose, and one display equation follows:

$$
w_{t+1} = w_t - \\eta \\, \\nabla_w L(w_t) + \\lambda_{${n}} \\sum_{j=1}^{p} \\beta_j^2
$$

${sections[1]}

<${component} />

${sections[2]}

${sections[3]}
`;
}

function term(i: number, terms: number): string {
  const link = (slug: string, text: string) => `[${text}](term:${slug})`;
  const related = [1 + (i % terms), 1 + ((i + 7) % terms)].filter((r) => r !== i).map(termSlug);
  return `---
term: ${quote(`Synthetic term ${pad(i, 4)}`)}
short: ${quote(`A made-up definition number ${i}, about the ${pick(nouns, i)} in ${pick(topics, i)}.`)}
category: ${pick(termCategoryIds, i)}
related: [${related.join(', ')}]
---

${paragraph(i, terms, link)}

${paragraph(i + 1, terms, link)}
`;
}

/**
 * Writes `issues` synthetic issues into `dir`, and glossary terms up to `terms` in all:
 * the real glossary and pages are copied in, because the real pages link to real terms.
 */
export function writeArchive(dir: string, counts: { issues: number; terms: number }, realContent: string): void {
  for (const sub of ['glossary', 'pages']) cpSync(path.join(realContent, sub), path.join(dir, sub), { recursive: true });
  mkdirSync(path.join(dir, 'issues'), { recursive: true });
  const synthetic = counts.terms - readdirSync(path.join(dir, 'glossary')).length;
  for (let n = 1; n <= counts.issues; n++) writeFileSync(issuePath(dir, n), issue(n, synthetic));
  for (let i = 1; i <= synthetic; i++) {
    writeFileSync(path.join(dir, 'glossary', `${termSlug(i)}.md`), term(i, synthetic));
  }
}

/** The file of issue `n`, for the one-edit rebuild. */
export function issuePath(dir: string, n: number): string {
  return path.join(dir, 'issues', `${pad(n, 4)}-synthetic-pair-${n}.mdx`);
}
