import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { test, expect } from './fixtures';

const dist = path.resolve(import.meta.dirname, '../../dist');

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  test.setTimeout(120_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    // Email editions are written for mail clients (table attributes such as bgcolor and cellpadding);
    // tests/e2e/email.spec.ts checks them against caniemail instead.
    .filter((f) => f.isFile() && f.name.endsWith('.html') && !path.relative(dist, f.parentPath).startsWith('email'))
    .map((f) => path.join(f.parentPath, f.name));
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${path.relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});
