import { expect, it } from 'vitest';
import { feedHtml } from '../../../src/lib/publishing/feed-html';

const pageUrl = 'https://example.org/conundra/issues/one/';

it('keeps MathML and drops KaTeX’s visual HTML', () => {
  const html =
    '<p><span class="katex"><span class="katex-mathml"><math><mi>λ</mi></math></span><span class="katex-html" aria-hidden="true"><span class="mord">λ</span></span></span></p>';
  const out = feedHtml(html, { pageUrl });
  expect(out).toContain('<math><mi>λ</mi></math>');
  expect(out).not.toContain('katex-html');
  expect(out).not.toContain('mord');
});

it('makes links and images absolute, and anchors point at the page', () => {
  const out = feedHtml(
    '<a href="/conundra/glossary/lasso/">lasso</a><a href="#ridge">ridge</a><img src="/img/a.png" alt="A"><a href="https://doi.org/10.1/x">doi</a>',
    { pageUrl },
  );
  expect(out).toContain('href="https://example.org/conundra/glossary/lasso/"');
  expect(out).toContain('href="https://example.org/conundra/issues/one/#ridge"');
  expect(out).toContain('src="https://example.org/img/a.png"');
  expect(out).toContain('href="https://doi.org/10.1/x"');
});

it('replaces an interactive figure with its caption and a link to the page', () => {
  const out = feedHtml(
    '<figure class="island"><search-strategies><svg></svg><input type="range"></search-strategies><figcaption>Grid  against random.</figcaption></figure><script>alert(1)</script>',
    { pageUrl },
  );
  expect(out).toBe(`<p><em>Interactive figure. Grid against random. </em><a href="${pageUrl}">Open it on the site.</a></p>`);
});

it('drops data attributes', () => {
  expect(feedHtml('<a href="/x/" data-term="x" data-definition="d" class="term-link">x</a>', { pageUrl })).toBe(
    '<a href="https://example.org/x/" class="term-link">x</a>',
  );
});
