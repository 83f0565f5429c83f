// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { site, contentDir } from './src/site.config.ts';
import { remarkTermLinks } from './src/lib/markdown/remark-term-links.ts';
import { remarkBaseLinks } from './src/lib/markdown/remark-base-links.ts';
import { remarkArticleFacts } from './src/lib/markdown/remark-article-facts.ts';
import { rehypeMathErrors } from './src/lib/markdown/rehype-math-errors.ts';

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // One processor for .md and .mdx, so math and term links behave the same in both.
    processor: unified({
      remarkPlugins: [
        remarkMath,
        [remarkBaseLinks, { basePath: site.basePath }],
        [remarkTermLinks, { glossaryDir: path.join(contentDir, 'glossary'), basePath: site.basePath }],
        remarkArticleFacts,
      ],
      rehypePlugins: [
        // MathML rides along with the visual HTML so screen readers can speak formulas.
        [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
        rehypeMathErrors,
      ],
    }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro marks every content module with its own directive; the bundler's
        // warning about it is noise that would bury real warnings from editors' files.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
