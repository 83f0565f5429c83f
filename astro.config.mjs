// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeExternalLinks from 'rehype-external-links';
import { site, contentDir, cacheDir, newsletter } from './src/site.config.ts';
import { knownSlugs, remarkTermLinks } from './src/lib/markdown/remark-term-links.ts';
import { fingerprintFiles, withMdxCache } from './src/lib/markdown/mdx-cache.ts';
import { remarkBaseLinks } from './src/lib/markdown/remark-base-links.ts';
import { remarkArticleFacts } from './src/lib/markdown/remark-article-facts.ts';
import { remarkImageAlt } from './src/lib/markdown/remark-image-alt.ts';
import { rehypeMathErrors } from './src/lib/markdown/rehype-math-errors.ts';
import { rehypeScrollableBlocks } from './src/lib/markdown/rehype-scrollable-blocks.ts';
import { rehypeCodeHighlight, codeColourStylesheet } from './src/lib/markdown/rehype-code-highlight.ts';
import { rehypeMathClasses } from './src/lib/markdown/rehype-math-classes.ts';
import { mathLayoutIntegration } from './src/integrations/math-layout.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { linkCheckIntegration } from './src/integrations/link-check.ts';
import { publicationModeIntegration } from './src/integrations/publication-mode.ts';
import { devErrorReplayIntegration } from './src/integrations/dev-error-replay.ts';
import { lastModifiedByPath, newest } from './src/lib/publishing/last-modified.ts';

const lastModified = lastModifiedByPath(contentDir);
const glossaryDir = path.join(contentDir, 'glossary');
// The compiled output of an MDX file depends on the plugins' code, the dependencies and the site's settings.
const pipelineSources = ['package-lock.json', 'astro.config.mjs', 'src/site.config.ts', 'src/lib'];
const pipeline = [fingerprintFiles(pipelineSources.map((p) => fileURLToPath(new URL(p, import.meta.url)))), site.basePath].join();
const siteLastModified = newest(lastModified.values());
const mathLayout = mathLayoutIntegration({ cacheDir });

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  // CI builds a second copy under a base path; OUT_DIR keeps it apart from dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir,
  // Several pages in flight at once: a social card's PNG is encoded off the main thread (sharp),
  // so other pages render meanwhile: a fifth faster on a large archive.
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    // One processor for .md and .mdx, so math and term links behave the same in both.
    processor: withMdxCache(
      unified({
        remarkPlugins: [
          remarkMath,
          [remarkBaseLinks, { basePath: site.basePath }],
          [remarkTermLinks, { glossaryDir, basePath: site.basePath }],
          remarkImageAlt,
          remarkArticleFacts,
        ],
        rehypePlugins: [
          // MathML rides along with the visual HTML so screen readers can speak formulas.
          [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
          rehypeMathErrors,
          // KaTeX's inline styles become classes, so the style policy needs no 'unsafe-inline'.
          [rehypeMathClasses, { seen: mathLayout.seen }],
          rehypeCodeHighlight,
          rehypeScrollableBlocks,
          [rehypeExternalLinks, { rel: ['noopener'] }],
        ],
      }),
      {
        dir: path.join(cacheDir, 'mdx'),
        pipelineKey: pipeline,
        // Term links are checked against the glossary, so a deleted term recompiles every issue.
        inputsKey: () => [...knownSlugs(glossaryDir)].join(),
      },
    ),
    // Code is highlighted by rehypeCodeHighlight, with classes instead of Shiki's inline styles,
    // so that the style policy needs no 'unsafe-inline' (and Astro has no CSP warning to print).
    syntaxHighlight: false,
  },
  integrations: [
    publicationModeIntegration(),
    devErrorReplayIntegration(),
    mdx(),
    sitemap({
      // Not the 404 page, and not the email editions: they are for inboxes, not search engines.
      filter: (page) => !/\/404\/?$/.test(page) && !/\/email\//.test(page),
      serialize(item) {
        const path = new URL(item.url).pathname.slice(site.basePath === '/' ? 0 : site.basePath.length);
        const date = lastModified.get(path) ?? siteLastModified;
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    // Before the link check, which looks for the stylesheet it writes.
    mathLayout.integration,
    linkCheckIntegration({
      siteUrl: site.url,
      basePath: site.basePath,
      reportFile: 'reports/external-links.json',
      // The email edition's footer links are the list service's to fill in per recipient.
      placeholders: [newsletter.unsubscribeUrl, newsletter.manageUrl],
    }),
    pagefindIntegration(),
  ],
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose getStaticPaths() gives a cacheKey (issues, terms, cards) are copied from the
    // last build when their key and code are unchanged; see src/lib/publishing/cache-key.ts.
    incrementalBuild: true,
  },
  security: {
    // A per-page meta policy with hashes for every script and style Astro emits; public/_headers adds the
    // header-only directives. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval' (no eval of strings).
    // No 'unsafe-inline' for styles either: code colours and KaTeX's layout are classes
    // (rehype-code-highlight.ts, rehype-math-classes.ts), and components use no style="".
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        // The subscribe form posts to the list service, and to nowhere else.
        `form-action 'self'${newsletter.subscribeUrl ? ` ${new URL(newsletter.subscribeUrl).origin}` : ''}`,
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    define: { 'import.meta.env.EMAIL_MATH_CACHE': JSON.stringify(path.join(cacheDir, 'email-math')) },
    plugins: [
      {
        // The stylesheet behind rehypeCodeHighlight's classes, generated from the two themes' palettes.
        name: 'conundra:code-colours',
        resolveId: (id) => (id === 'virtual:code-colours.css' ? '\0virtual:code-colours.css' : undefined),
        load: (id) => (id === '\0virtual:code-colours.css' ? codeColourStylesheet() : undefined),
      },
    ],
    build: {
      // Every script ships as its own file, so each page's JavaScript is exactly the
      // files it names (and a strict content security policy needs no inline hashes for them).
      // Stylesheets under Vite's usual 4 KB are inlined: on a phone, each small file was a
      // round trip before first paint.
      assetsInlineLimit: (file) => (file.endsWith('.css') ? undefined : false),
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
