import { describe, expect, it } from 'vitest';
import { editionProblems, MAX_HTML_BYTES } from '../../../src/lib/email/limits';

describe('email edition limits', () => {
  it('accepts an edition under 100 KB with images at most 1,200 px wide', () => {
    expect(editionProblems({ html: 'x'.repeat(MAX_HTML_BYTES), images: [{ name: 'a.png', cssWidth: 600 }] })).toEqual([]);
  });

  it('refuses HTML that Gmail would clip, and says how much to cut', () => {
    const [problem] = editionProblems({ html: 'é'.repeat(60_000), images: [] });
    expect(problem).toMatch(/^the HTML is 120\.0 KB, over the 100 KB at which Gmail clips a message; cut about 20\.0 KB/);
  });

  it('refuses an image wider than 1,200 px, naming it', () => {
    expect(editionProblems({ html: '', images: [{ name: '/email/math/x.png', cssWidth: 601 }] })).toEqual([
      '/email/math/x.png is 1202 px wide, over the 1200 px an email image may be; break the formula over lines (an aligned environment) or narrow the figure',
    ]);
  });
});
