import { describe, expect, it } from 'vitest';
import { unrenderedErrors } from '../../../src/lib/content/source-path';

describe('unrenderedErrors', () => {
  it('names each Markdown entry that Astro loaded without rendering', () => {
    const entries = [
      { id: 'model', filePath: 'content/glossary/model.md' },
      { id: 'bias', filePath: 'content/glossary/bias.md', rendered: { html: '<p>Bias</p>' } },
      { id: 'about', filePath: 'content/pages/about.mdx' },
    ];
    const errors = unrenderedErrors(entries);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('content/glossary/model.md: the Markdown could not be rendered');
  });
});
