import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MATH_LAYOUT_FILE, mathClassesIn, mathLayoutStylesheet } from '../lib/markdown/rehype-math-classes';

/**
 * The rules behind rehype-math-classes' classes. A build writes them from the classes its pages
 * use, before the link check looks for the file; `astro dev` serves the classes the Markdown
 * pipeline has made, remembered in the cache folder beside the compiled Markdown they belong to.
 */
export function mathLayoutIntegration(options: { cacheDir: string }): { seen: (cls: string) => void; integration: AstroIntegration } {
  const remembered = path.join(options.cacheDir, 'math-classes.txt');
  const known = new Set<string>();
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    if (existsSync(remembered)) for (const cls of readFileSync(remembered, 'utf8').split('\n')) if (cls) known.add(cls);
  };
  const seen = (cls: string) => {
    load();
    if (known.has(cls)) return;
    known.add(cls);
    mkdirSync(path.dirname(remembered), { recursive: true });
    appendFileSync(remembered, `${cls}\n`);
  };
  const integration: AstroIntegration = {
    name: 'conundra:math-layout',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const classes = new Set<string>();
        for (const file of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (file.isFile() && file.name.endsWith('.html')) {
            for (const cls of mathClassesIn(readFileSync(path.join(file.parentPath, file.name), 'utf8'))) classes.add(cls);
          }
        }
        writeFileSync(path.join(root, MATH_LAYOUT_FILE), mathLayoutStylesheet(classes));
        logger.info(`Wrote ${classes.size} maths layout rules to ${MATH_LAYOUT_FILE}`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (!(req.url ?? '').split('?')[0]?.endsWith(`/${MATH_LAYOUT_FILE}`)) return next();
          load();
          res.setHeader('Content-Type', 'text/css');
          res.end(mathLayoutStylesheet(known));
        });
      },
    },
  };
  return { seen, integration };
}
