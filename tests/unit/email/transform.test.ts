import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { emailBody, formulasIn, islandsIn, type EmailImage } from '../../../src/lib/email/transform';
import { emailDocument } from '../../../src/lib/email/document';

const PAGE = 'https://conundra.example/issues/sample/';
const math = (tex: string, displayMode = false) => katex.renderToString(tex, { output: 'htmlAndMathml', displayMode });

/** An issue body as the site renders it, with one of everything a mail client cannot show. */
const rendered = `
<figure class="epigraph"><blockquote><p>“Be confused.”</p></blockquote><figcaption>— S.C. Lourie</figcaption></figure>
<h2 id="intro">Intro</h2>
<p>A <a class="term-link" href="/glossary/hyperparameter/" data-term="hyperparameter" data-definition="A setting">hyperparameter</a> such as ${math('\\lambda')} is set; ${math('\\lambda')} again.</p>
<span class="katex-display" tabindex="0">${math('\\hat\\beta = \\arg\\min_\\beta \\sum_i (y_i - x_i^\\top\\beta)^2', true)}</span>
<figure class="island roc-threshold" aria-labelledby="roc-caption"><roc-threshold data-pagefind-ignore="all"><svg viewBox="0 0 10 10"><circle r="1"/></svg><form><input name="t"></form><button>Go</button></roc-threshold><figcaption id="roc-caption">The ROC curve and its threshold.</figcaption></figure>
<table tabindex="0"><thead><tr><th>Method</th><th>Hyperparameter</th></tr></thead><tbody><tr><td>Ridge</td><td>${math('\\lambda')}</td></tr></tbody></table>
<aside class="key-points" aria-labelledby="kp"><h2 id="kp">Key points</h2><ul><li>One</li></ul></aside>
<p><img src="data:image/png;base64,AAAA" alt="inline"><img src="/images/chart.png" alt="A chart"></p>
<script>alert(1)</script><style>p{color:red}</style><custom-thing data-x="1"><p>kept text</p></custom-thing>
`;

const image = (name: string, w = 40): EmailImage => ({
  src: `https://conundra.example/email/${name}.png`,
  width: w,
  height: 20,
  alt: name,
});
const body = emailBody(rendered, {
  pageUrl: PAGE,
  formula: (tex, display) => ({ ...image(display ? 'display' : 'inline'), alt: tex, depth: 4 }),
  figure: (island) => image(island, 552),
});
const doc = emailDocument(
  {
    label: 'Conundra #9',
    title: 'A sample',
    description: 'A sample issue.',
    date: '1 December 2026',
    pageUrl: PAGE,
    homeUrl: 'https://conundra.example/',
    quiz: [{ question: 'Which is learned?', options: ['Coefficients', 'The penalty', 'k'] }],
  },
  body,
  { siteName: 'Conundra', unsubscribeUrl: '{{ UnsubscribeURL }}', manageUrl: '{{ ManageURL }}', postalAddress: '1 Road, Town' },
);

describe('the email transform', () => {
  it.each([
    ['<script', 'scripts'],
    ['<style>p{color:red}', "the page's own styles"],
    ['<svg', 'SVG'],
    ['<math', 'MathML'],
    ['<form', 'forms'],
    ['<input', 'form fields'],
    ['<button', 'buttons'],
    ['<roc-threshold', 'custom elements'],
    ['<custom-thing', 'custom elements'],
    ['data:', 'data: URIs'],
    [' data-', 'data attributes'],
    ['katex', "KaTeX's HTML"],
    ['var(--', 'CSS custom properties'],
    ['@font-face', 'web fonts'],
    ['tabindex', 'focus stops meant for the page'],
  ])('leaves no %s (%s)', (needle) => {
    expect(doc.toLowerCase()).not.toContain(needle.toLowerCase());
  });

  it('keeps the text of elements it unwraps', () => {
    expect(body).toContain('kept text');
  });

  it('turns every formula into an image whose alt text is its TeX, inline ones on the baseline', () => {
    expect(formulasIn(rendered)).toHaveLength(4);
    const images = [...body.matchAll(/<img [^>]*class="math"[^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(4);
    expect(images.filter((img) => img.includes('alt="\\lambda"'))).toHaveLength(3);
    expect(images.filter((img) => img.includes('vertical-align:-4px'))).toHaveLength(3);
    expect(body).toMatch(/<p class="display-math"><img [^>]*alt="\\hat\\beta = /);
  });

  it('turns every island into its picture, keeps the caption and links to the figure on the page', () => {
    expect(islandsIn(rendered)).toEqual(['roc-threshold']);
    expect(body).toContain(`<a href="${PAGE}#roc-caption"><img src="https://conundra.example/email/roc-threshold.png"`);
    expect(body).toMatch(/The ROC curve and its threshold\. <a href="[^"]+#roc-caption">Try it on the site<\/a>/);
  });

  it('makes glossary terms plain links to their pages', () => {
    expect(body).toContain('<a href="https://conundra.example/glossary/hyperparameter/">hyperparameter</a>');
  });

  it('keeps tables and key points, styled by the email stylesheet', () => {
    expect(doc).toMatch(/<table class="data" style="[^"]*border-collapse: collapse/);
    expect(doc).toMatch(/<div class="key-points" style="[^"]*border-left: 4px solid/);
  });

  it('writes every link and image as an absolute URL, with no tracking parameter', () => {
    const urls = [...doc.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
    const placeholders = ['{{ UnsubscribeURL }}', '{{ ManageURL }}'];
    for (const url of urls.filter((u) => !placeholders.includes(u))) {
      expect(url).toMatch(/^https:\/\//);
      expect(url).not.toMatch(/[?&](utm_|mc_|fbclid|gclid)/);
    }
    expect(urls).toContain('https://conundra.example/images/chart.png');
  });

  it('lays the message out as a 600 px column of presentation tables, with all CSS inlined', () => {
    expect(doc).toMatch(/<table role="presentation" class="column" width="600"/);
    expect(doc).not.toMatch(/<table(?![^>]*role="presentation")(?![^>]*class="data")/);
    expect(doc).toMatch(/<td class="cell" style="[^"]*font-size: 17px/);
    // Only media queries stay in <head>: they cannot be inlined.
    const styleBlocks = [...doc.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    for (const block of styleBlocks) expect(block.trim()).toMatch(/^@media/);
  });

  it('shows the masthead, the quiz as a numbered list with one link, and a footer with the placeholders and the address', () => {
    expect(doc).toContain('<title>Conundra #9: A sample</title>');
    expect(doc).toMatch(
      /Conundra #9 · 1 December 2026 · <a href="https:\/\/conundra.example\/issues\/sample\/"[^>]*>Read on the site<\/a>/,
    );
    expect(doc).toMatch(/<ol class="quiz"[^>]*><li[^>]*>Which is learned\?<ol class="quiz-options" type="A"/);
    expect(doc).toMatch(/href="https:\/\/conundra.example\/issues\/sample\/#quiz-title"[^>]*>Answer the questions on the site/);
    expect(doc).toContain('href="{{ UnsubscribeURL }}"');
    expect(doc).toContain('href="{{ ManageURL }}"');
    expect(doc).toContain('1 Road, Town');
    expect(doc).toContain('You are receiving this because you subscribed');
    expect(doc).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('keeps the epigraph with its attribution', () => {
    expect(doc).toMatch(
      /<div class="epigraph"[^>]*><blockquote[^>]*><p[^>]*>“Be confused\.”<\/p><\/blockquote><p class="epigraph-author"[^>]*>— S\.C\. Lourie<\/p>/,
    );
  });
});
