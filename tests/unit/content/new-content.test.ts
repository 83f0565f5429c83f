import { expect, it } from 'vitest';
import { issueFileName, issueNumberOf, issueTemplate, nextIssueNumber, termFileName, termTemplate } from '../../../src/lib/content/new-content';

it('takes the next free issue number', () => {
  expect(nextIssueNumber([])).toBe(1);
  expect(nextIssueNumber([1, 2, 7, 3])).toBe(8);
});

it('reads an issue number from frontmatter', () => {
  expect(issueNumberOf('---\ntitle: "x"\nnumber: 12\n---\nbody')).toBe(12);
  expect(issueNumberOf('---\ntitle: "x"\n---\nnumber: 3')).toBeUndefined();
});

it('names new files after their titles', () => {
  expect(issueFileName(8, 'Accuracy and AUC')).toBe('0008-accuracy-and-auc.mdx');
  expect(termFileName('Bias–variance trade-off')).toBe('bias-variance-trade-off.md');
});

it('writes drafts with the title, number and date filled in', () => {
  const issue = issueTemplate('Accuracy and "AUC"', 8, '2026-11-27');
  expect(issue).toContain('title: "Accuracy and \\"AUC\\""');
  expect(issue).toContain('number: 8');
  expect(issue).toContain('published: 2026-11-27');
  expect(issue).toContain('draft: true');
  expect(termTemplate('Odds ratio')).toContain('term: "Odds ratio"\n');
  expect(termTemplate('Odds ratio')).toContain('draft: true');
});
