import { existsSync, createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cacheDir } from '../site.config';
import { dropFragmentAnchors, shrinkPagefindAssets } from './pagefind-assets';
import { rechunkPagefindIndex } from './pagefind-chunks';

/**
 * Builds the search index as the last step of every production build, so it
 * cannot be forgotten, and serves the last build's index to `astro dev`. After
 * Pagefind writes its files, the build makes the first search fetch less: the
 * word index in smaller chunks (pagefind-chunks.ts), a smaller pagefind.js and
 * WebAssembly, and result fragments without the headings no one shows
 * (pagefind-assets.ts).
 */

/**
 * Text Pagefind must not index: KaTeX writes every formula twice (MathML and HTML), so neither goes in;
 * a term page's "Related terms" list repeats other terms' definitions, which made "learning rate" find
 * Sensitivity and ran names into definitions in excerpts ("RecallThe machine-…").
 */
export const SEARCH_EXCLUDES = ['.katex', '.term .related'];

export function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let command = '';
  return {
    name: 'conundra:pagefind',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDES, forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Indexed ${added.page_count} pages for search`);
        // Each step only makes the first search's downloads smaller, and Pagefind's files work without it: a failure warns.
        const shrink = async (what: string, step: () => unknown) => {
          try {
            await step();
          } catch (error) {
            logger.warn(`Search files: ${what} skipped (${error instanceof Error ? error.message : String(error)})`);
          }
        };
        const output = path.join(site, 'pagefind');
        await shrink('splitting the word index into smaller chunks', () => {
          const { before, after } = rechunkPagefindIndex(output);
          logger.info(`Split the search index's ${before} word chunks into ${after} smaller ones`);
        });
        await shrink('minifying pagefind.js and recompressing its WebAssembly', () => shrinkPagefindAssets(output, cacheDir));
        await shrink('dropping the headings from result fragments', () => dropFragmentAnchors(output));
      },
      'astro:server:setup': ({ server, logger }) => {
        const built = path.join(outDir, 'pagefind');
        // Astro 7 also starts this server to prerender during `astro build`; only `astro dev` needs the note.
        if (command === 'dev' && !existsSync(built)) {
          logger.warn('No search index yet: search in `astro dev` works after one `npm run build`.');
        }
        server.middlewares.use((req, res, next) => {
          const match = /\/pagefind\/(.+)$/.exec((req.url ?? '').split('?')[0] ?? '');
          if (!match?.[1]) return next();
          const file = path.join(built, match[1]);
          if (!file.startsWith(built) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.end('Search needs a production build: run `npm run build` once, then reload.');
            return;
          }
          if (file.endsWith('.js')) res.setHeader('Content-Type', 'text/javascript');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
