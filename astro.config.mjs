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
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  // CI builds a second copy under a base path; OUT_DIR keeps it apart from dist/.
  outDir: process.env.OUT_DIR ?? './dist',
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
  integrations: [mdx(), pagefindIntegration()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Every script ships as its own file, so each page's JavaScript is exactly the
      // files it names (and a strict content security policy needs no inline hashes for them).
      assetsInlineLimit: 0,
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
