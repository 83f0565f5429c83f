import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, describeProblem, htmlFacts, internalTarget, type PageFacts } from '../lib/publishing/link-check';

/**
 * After every production build, checks each internal link and #anchor in the
 * pages, feeds and sitemap, and fails the build on a broken one, naming the
 * content file to fix. External links are listed in a report, never fetched.
 */
export function linkCheckIntegration(options: {
  siteUrl: string;
  basePath: string;
  reportFile: string;
  placeholders: readonly string[];
}): AstroIntegration {
  return {
    name: 'conundra:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const origin = new URL(options.siteUrl).origin;
        const prefix = options.basePath === '/' ? '' : options.basePath;
        const pages: PageFacts[] = [];
        const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter(
          (f) => f.isFile() && !path.relative(root, f.parentPath).startsWith('pagefind'),
        );
        for (const file of files) {
          const full = path.join(file.parentPath, file.name);
          const rel = `/${path.relative(root, full).split(path.sep).join('/')}`;
          if (file.name.endsWith('.html')) {
            const facts = htmlFacts(readFileSync(full, 'utf8'));
            pages.push({ path: rel.replace(/index\.html$/, ''), ...facts });
          } else if (/\.(xml|json)$/.test(file.name)) {
            const text = readFileSync(full, 'utf8');
            const links = [
              ...[...text.matchAll(/<(?:link|loc|guid)(?:\s[^>]*)?>([^<]+)</g)].map((m) => m[1] ?? ''),
              ...[...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? ''),
              ...[...text.matchAll(/"(?:url|home_page_url|feed_url|image|icon)":\s*"([^"]+)"/g)].map((m) => m[1] ?? ''),
              ...[...text.matchAll(/href=&quot;([^&]+)&quot;/g)].map((m) => m[1] ?? ''),
            ].map((l) => l.trim().replace(/&amp;/g, '&'));
            pages.push({ path: rel, ids: new Set(), links });
          }
        }
        const exists = (p: string) => {
          const local = path.join(root, decodeURIComponent(p));
          return existsSync(local) && (!p.endsWith('/') || existsSync(path.join(local, 'index.html')));
        };
        const problems = checkLinks(pages, { siteOrigin: origin, basePath: options.basePath, exists, placeholders: options.placeholders });

        const external = new Set<string>();
        for (const page of pages) {
          for (const href of page.links) {
            if (/^https?:/i.test(href) && !internalTarget(href, page.path, origin, options.basePath)) external.add(href);
          }
        }
        mkdirSync(path.dirname(options.reportFile), { recursive: true });
        writeFileSync(options.reportFile, `${JSON.stringify({ prefix, external: [...external].sort() }, null, 2)}\n`);
        logger.info(
          `Checked internal links on ${pages.length} files; ${external.size} external links listed in ${path.relative(process.cwd(), options.reportFile)}`,
        );
        if (problems.length > 0) {
          throw new Error(`Broken internal links:\n${problems.map(describeProblem).join('\n')}`);
        }
      },
    },
  };
}
