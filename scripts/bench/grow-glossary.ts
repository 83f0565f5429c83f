/**
 * `node scripts/bench/grow-glossary.ts <dir> [terms]`: copies content/ to <dir> and adds synthetic
 * glossary terms until the glossary has [terms] entries (default 160), so that the test suite's time
 * can be measured as the glossary grows: `TEST_GLOSSARY_TERMS=160 npm test` runs it first.
 *
 * Each synthetic term reuses a real term's body, category, related terms and sources, so its page
 * weighs what a real one does (formulas, links, a source list), under a name no query or test uses.
 * Its words become filler of the same length, so that it competes with no real page in search.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { readFrontmatter } from '../../src/lib/content/frontmatter-source.ts';

const [target, wanted = '160'] = process.argv.slice(2);
if (!target) {
  console.error('Usage: node scripts/bench/grow-glossary.ts <dir> [terms]');
  process.exit(2);
}
const total = Number(wanted);
const FILLER = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor incididunt labore dolore magna aliqua'.split(' ');
let fillerIndex = 0;
/** A filler word near the length of the word it replaces, so that the page keeps its size. */
function filler(length: number): string {
  fillerIndex = (fillerIndex + 1) % FILLER.length;
  return FILLER[fillerIndex]!.padEnd(length, 'a').slice(0, Math.max(2, length));
}
const root = path.resolve(import.meta.dirname, '../..');
rmSync(target, { recursive: true, force: true });
cpSync(path.join(root, 'content'), target, { recursive: true });

const glossary = path.join(target, 'glossary');
const real = readdirSync(glossary)
  .filter((f) => f.endsWith('.md'))
  .sort();
for (let i = 0; real.length + i < total; i += 1) {
  const source = real[i % real.length]!;
  const text = readFileSync(path.join(glossary, source), 'utf8');
  const { data } = readFrontmatter(source, text);
  // Everything after the frontmatter's closing line, with formulas and link targets kept.
  const body = text
    .split(/^---$/m)
    .slice(2)
    .join('---')
    .replace(/(\$\$[\s\S]*?\$\$|\$[^$\n]*\$|\]\([^)]*\))|\p{L}{2,}/gu, (word, kept?: string) => kept ?? filler(word.length));
  const n = String(i + 1).padStart(3, '0');
  const frontmatter = {
    term: `Synthetic entry ${n}`,
    short: `A generated entry (${n}) that makes the glossary larger for timing the test suite.`,
    category: data['category'],
    related: data['related'],
    ...(data['sources'] ? { sources: data['sources'] } : {}),
  };
  writeFileSync(path.join(glossary, `synthetic-entry-${n}.md`), `---\n${stringify(frontmatter)}---${body}`);
}
console.log(`${glossary}: ${Math.max(total, real.length)} terms (${real.length} real)`);
