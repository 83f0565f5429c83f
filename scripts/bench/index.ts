/**
 * `npm run bench`: speed and size figures, printed as a table and written to
 * .bench/results.json. Figures, not pass/fail: nothing here is a test.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { benchSearch } from './search.ts';
import { benchIslands } from './islands.ts';
import { benchPages } from './pages.ts';
import { benchArchive } from './archive.ts';
import { benchEmail } from './email.ts';
import { launchChromium, startPreview } from './preview.ts';
import { report, type Row } from './report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');

console.log('Building the site…');
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });

const preview = await startPreview(4391);
const browser = await launchChromium();
const rows: Row[] = [];
try {
  rows.push(...(await benchIslands(browser, preview.url, dist)));
  rows.push(...(await benchSearch(browser, preview.url, dist)));
  rows.push(...(await benchPages(browser, preview.url, dist)));
} finally {
  await browser.close();
  preview.stop();
}
// Last, and alone: build timings need both cores to themselves.
rows.push(...benchEmail(dist));
rows.push(...(await benchArchive(root)));
report(rows, path.join(root, '.bench/results.json'));
