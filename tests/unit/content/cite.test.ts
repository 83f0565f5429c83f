import { expect, it } from 'vitest';
import { apaCitation, bibtex, bibtexKey, shareLinks } from '../../../src/lib/content/cite';

const issue = {
  title: 'Parameters and hyperparameters',
  authors: ['Conundra editors'],
  published: new Date('2026-10-12'),
  number: 1,
  seriesName: 'Conundra',
  url: 'https://example.org/issues/parameters-and-hyperparameters/',
};

it('writes an APA 7 citation', () => {
  expect(apaCitation(issue)).toBe(
    'Conundra editors. (2026, October 12). Parameters and hyperparameters. Conundra, 1. https://example.org/issues/parameters-and-hyperparameters/',
  );
  expect(apaCitation({ ...issue, authors: ['Smith J', 'Jones A', 'Lee K'] })).toContain('Smith J, Jones A, & Lee K. (2026');
});

it('writes a BibTeX entry that keeps a corporate author whole', () => {
  expect(bibtexKey(issue)).toBe('conundra2026parameters');
  const entry = bibtex(issue);
  expect(entry).toContain('@article{conundra2026parameters,');
  expect(entry).toContain('author  = {{Conundra editors}},');
  expect(entry).toContain('month   = oct,');
  expect(entry.trim().endsWith('}')).toBe(true);
});

it('builds share links without any third-party script', () => {
  const links = shareLinks('A & B', 'https://example.org/x/');
  expect(links.map((l) => l.name)).toEqual(['Email', 'LinkedIn', 'Bluesky', 'X']);
  expect(links[0]?.href).toBe('mailto:?subject=A%20%26%20B&body=https%3A%2F%2Fexample.org%2Fx%2F');
});
