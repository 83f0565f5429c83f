/**
 * Templates for `npm run new`. This module runs under plain Node (type
 * stripping), so its imports carry their .ts extension.
 */
import { slugify } from '../util/slug.ts';

/** The next free issue number in a series: one more than the highest in use. */
export function nextIssueNumber(existing: readonly number[]): number {
  return existing.length === 0 ? 1 : Math.max(...existing) + 1;
}

/** Reads `number:` from an issue's frontmatter without a YAML parser: it is always a plain integer. */
export function issueNumberOf(source: string): number | undefined {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const match = /^number:\s*(\d+)\s*$/m.exec(frontmatter);
  return match?.[1] ? Number(match[1]) : undefined;
}

export function issueFileName(number: number, title: string): string {
  return `${String(number).padStart(4, '0')}-${slugify(title)}.mdx`;
}

export function termFileName(term: string): string {
  return `${slugify(term)}.md`;
}

const yamlString = (text: string) => JSON.stringify(text);

/** A new issue that validates as it stands: a draft with placeholders an editor replaces. */
export function issueTemplate(title: string, number: number, today: string): string {
  return `---
title: ${yamlString(title)}
description: "One sentence, at most 160 characters, saying what this issue untangles."
series: conundra
number: ${number}
published: ${today}
authors: ["Conundra editors"]
tags: []
draft: true
references:
  - authors: ["Surname AB", "Surname CD"]
    title: "Title of the primary source"
    venue: "Journal 1(2):3–4"
    year: 2000
    doi: "10.0000/replace-with-the-real-doi"
quiz:
  - question: "A question that tests understanding, not recall of wording?"
    options:
      - text: "The right answer"
        correct: true
        explanation: "Why it is right."
      - text: "A tempting wrong answer"
        explanation: "Why it is wrong."
      - text: "Another wrong answer"
        explanation: "Why it is wrong."
  - question: "A second question?"
    options:
      - text: "Wrong"
        explanation: "Why."
      - text: "Right"
        correct: true
        explanation: "Why."
      - text: "Wrong"
        explanation: "Why."
  - question: "A third question?"
    options:
      - text: "Wrong"
        explanation: "Why."
      - text: "Wrong"
        explanation: "Why."
      - text: "Right"
        correct: true
        explanation: "Why."
---

Open with the confusion in one sentence.

## First section

Write the issue here. Link terms with <Term slug="hyperparameter">hyperparameters</Term>, and put display maths between two lines of $$.

<KeyPoints>

- The first key point.

</KeyPoints>
`;
}

export function termTemplate(term: string): string {
  return `---
term: ${yamlString(term)}
short: "One plain sentence of at most 160 characters defining the term."
aliases: []
category: model-fitting
related: []
sources: []
draft: true
---

What the term means, in plain words and then precisely. Link other terms like [hyperparameters](term:hyperparameter).

## In the clinic

A short clinical example.

## Contrast with

The term it is most often confused with, and how they differ.
`;
}
