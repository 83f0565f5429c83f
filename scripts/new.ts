/**
 * `npm run new -- issue "Title"` or `npm run new -- term "Term"`: creates a
 * draft with valid frontmatter (and, for an issue, the next free number),
 * then prints its path.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  issueFileName,
  issueNumberOf,
  issueTemplate,
  nextIssueNumber,
  termFileName,
  termTemplate,
} from '../src/lib/content/new-content.ts';

const [kind, ...words] = process.argv.slice(2);
const name = words.join(' ').trim();
const content = path.resolve(import.meta.dirname, '..', process.env['CONTENT_DIR'] ?? 'content');

function fail(message: string): never {
  console.error(message);
  console.error('Usage: npm run new -- issue "Title"   or   npm run new -- term "Term"');
  process.exit(1);
}

if (!name) fail('Give the new issue a title, or the new term its name, in quotes.');

let file: string;
let body: string;
if (kind === 'issue') {
  const dir = path.join(content, 'issues');
  const numbers = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => issueNumberOf(readFileSync(path.join(dir, f), 'utf8')))
    .filter((n): n is number => n !== undefined);
  const number = nextIssueNumber(numbers);
  file = path.join(dir, issueFileName(number, name));
  body = issueTemplate(name, number, new Date().toISOString().slice(0, 10));
} else if (kind === 'term') {
  file = path.join(content, 'glossary', termFileName(name));
  body = termTemplate(name);
} else {
  fail(`Unknown kind '${kind ?? ''}': expected 'issue' or 'term'.`);
}

if (existsSync(file)) fail(`${path.relative(process.cwd(), file)} already exists.`);
writeFileSync(file, body);
console.log(path.relative(process.cwd(), file));
