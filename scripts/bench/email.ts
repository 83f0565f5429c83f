/**
 * The email edition's figures: per issue, the HTML's bytes and its formula
 * images (how many, and their bytes); and the time to draw every formula,
 * from an empty cache and from a warm one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Row } from './report.ts';

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every formula of the built editions, once each, as the builder draws them. */
function formulasOf(emailDir: string, slugs: string[]): { tex: string; display: boolean }[] {
  const found = new Map<string, { tex: string; display: boolean }>();
  for (const slug of slugs) {
    const html = readFileSync(path.join(emailDir, slug, 'index.html'), 'utf8');
    for (const m of html.matchAll(/(<p class="display-math"[^>]*>)?<img [^>]*alt="([^"]*)" class="math"/g)) {
      const formula = { tex: decode(m[2]!), display: m[1] !== undefined };
      found.set(`${formula.display}${formula.tex}`, formula);
    }
  }
  return [...found.values()];
}

export function benchEmail(dist: string): Row[] {
  const rows: Row[] = [];
  const emailDir = path.join(dist, 'email');
  for (const slug of readdirSync(emailDir).filter((f) => existsSync(path.join(emailDir, f, 'index.html')))) {
    const html = readFileSync(path.join(emailDir, slug, 'index.html'), 'utf8');
    const formulas = [...new Set([...html.matchAll(/src="[^"]*\/email\/math\/([^"]+)"/g)].map((m) => m[1]!))];
    const formulaBytes = formulas.reduce((sum, file) => sum + statSync(path.join(emailDir, 'math', file)).size, 0);
    rows.push({ group: 'email', metric: `${slug}: HTML`, value: Buffer.byteLength(html), unit: 'bytes', target: '< 100 KB' });
    rows.push({
      group: 'email',
      metric: `${slug}: formula images`,
      value: formulas.length,
      unit: 'files',
      note: `${(formulaBytes / 1024).toFixed(1)} KiB`,
    });
  }
  const slugs = readdirSync(emailDir).filter((f) => existsSync(path.join(emailDir, f, 'index.html')));
  const formulas = formulasOf(emailDir, slugs);
  const scratch = mkdtempSync(path.join(tmpdir(), 'conundra-email-bench-'));
  const list = path.join(scratch, 'formulas.json');
  writeFileSync(list, JSON.stringify(formulas));
  const time = () =>
    Number(
      execFileSync('node', [path.join(import.meta.dirname, 'email-formulas.ts'), list, path.join(scratch, 'cache')], { encoding: 'utf8' }),
    );
  const cold = time();
  const warm = time();
  rmSync(scratch, { recursive: true, force: true });
  rows.push({
    group: 'email',
    metric: `formula images for all ${slugs.length} editions, empty cache`,
    value: cold,
    unit: 'ms',
    note: `${formulas.length} formulas drawn`,
  });
  rows.push({ group: 'email', metric: 'the same, from the cache (a rebuild)', value: warm, unit: 'ms' });
  return rows;
}
