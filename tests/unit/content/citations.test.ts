import { describe, expect, it } from 'vitest';
import { formatAuthors, formatReference, referenceHref } from '../../../src/lib/content/citations';

const ridge = {
  authors: ['Hoerl AE', 'Kennard RW'],
  title: 'Ridge regression: biased estimation for nonorthogonal problems',
  venue: 'Technometrics 12(1):55–67',
  year: 1970,
  doi: '10.1080/00401706.1970.10488634',
};

describe('references', () => {
  it('formats a reference in Vancouver style', () => {
    expect(formatReference(ridge)).toBe(
      'Hoerl AE, Kennard RW. Ridge regression: biased estimation for nonorthogonal problems. Technometrics 12(1):55–67; 1970.',
    );
  });

  it('does not double a full stop the title already has', () => {
    expect(formatReference({ ...ridge, title: 'Why?' })).toContain('Kennard RW. Why? Technometrics');
  });

  it('lists six authors, then et al.', () => {
    const seven = ['A A', 'B B', 'C C', 'D D', 'E E', 'F F', 'G G'];
    expect(formatAuthors(seven)).toBe('A A, B B, C C, D D, E E, F F, et al.');
    expect(formatAuthors(seven.slice(0, 6))).toBe('A A, B B, C C, D D, E E, F F');
  });

  it('links through the DOI resolver, or the URL when there is no DOI', () => {
    expect(referenceHref(ridge)).toBe('https://doi.org/10.1080/00401706.1970.10488634');
    const jmlr = { ...ridge, doi: undefined, url: 'https://jmlr.org/papers/v13/bergstra12a.html' };
    expect(referenceHref(jmlr)).toBe('https://jmlr.org/papers/v13/bergstra12a.html');
  });
});
