import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/util/escape-html';

describe('escapeHtml', () => {
  it('escapes the characters that would open a tag, an entity or end an attribute', () => {
    expect(escapeHtml('AUC < 0.5 & "worse" than <chance>')).toBe('AUC &lt; 0.5 &amp; &quot;worse&quot; than &lt;chance&gt;');
  });

  it('escapes an ampersand once, so existing entities show as typed', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves other text, apostrophes and non-ASCII as they are', () => {
    expect(escapeHtml("Bayes' rule: P(A|B) — 95 %")).toBe("Bayes' rule: P(A|B) — 95 %");
  });
});
