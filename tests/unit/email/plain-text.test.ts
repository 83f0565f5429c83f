import { expect, it } from 'vitest';
import { emailPlainText } from '../../../src/lib/email/plain-text';

const html = `<html><body><div class="preheader">hidden summary</div><table role="presentation"><tr><td class="cell">
<h1 class="title">Parameters and hyperparameters</h1>
<h2>Learned versus chosen</h2>
<p>A <a href="https://x.org/glossary/parameter/">parameter</a> such as <img class="math" alt="\\beta" src="https://x.org/m.png"> is learned; see the <a href="https://x.org/glossary/parameter/">term</a> again.</p>
<p class="display-math"><img class="math" alt="w_{t+1} = w_t - \\eta" src="https://x.org/d.png"></p>
<div class="figure"><a href="https://x.org/issues/a/#fig"><img class="figure-image" alt="A figure" src="https://x.org/f.png"></a><p>Caption. <a href="https://x.org/issues/a/#fig">Try it on the site</a></p></div>
<ul><li>One point</li><li>Another</li></ul>
<p><a href="{{ UnsubscribeURL }}">Unsubscribe</a></p>
</td></tr></table></body></html>`;

const text = emailPlainText(html);

it('keeps headings, lists and prose, without the hidden preheader', () => {
  expect(text).toContain('Parameters and hyperparameters');
  expect(text).toContain('Learned versus chosen');
  expect(text).toMatch(/ \* One point\n \* Another/);
  expect(text).not.toContain('hidden summary');
});

it('writes formulas as their TeX source', () => {
  expect(text).toContain('such as $\\beta$ is learned');
  expect(text).toContain('$$ w_{t+1} = w_t - \\eta $$');
});

it('numbers each link once and lists them at the end, placeholders included', () => {
  expect(text).toContain('parameter [1] such as');
  expect(text).toContain('term [1] again');
  expect(text).toContain('Try it on the site [2]');
  expect(text).toContain('Unsubscribe [3]');
  expect(text).toMatch(
    /Links\n\[1\] https:\/\/x\.org\/glossary\/parameter\/\n\[2\] https:\/\/x\.org\/issues\/a\/#fig\n\[3\] \{\{ UnsubscribeURL \}\}\n$/,
  );
  expect(text).not.toContain('A figure');
});
