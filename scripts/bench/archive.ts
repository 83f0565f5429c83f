/**
 * The archive-scale build benchmark: a synthetic ten-year archive (1,000 issues,
 * 2,000 terms; ARCHIVE_ISSUES and ARCHIVE_TERMS override) built three times by
 * `npm run build`, Pagefind included: cold (no caches), again with no change,
 * and after editing one issue. Each build gets its own content, cache and output
 * folders under the system temp folder, so the real site's caches stay untouched.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issuePath, writeArchive } from './archive-content.ts';
import type { Row } from './report.ts';

interface BuildRun {
  seconds: number;
  peakBytes: number;
  pages: number;
  /** Pages and files (cards, feeds) written, and how many Astro's incremental build copied from the last build. */
  outputs: number;
  reused: number;
}

/** Resident memory of a process and all its descendants (Astro, and Pagefind's own binary), from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

function build(root: string, env: NodeJS.ProcessEnv): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // `npm run build`, not astro directly: its heap limit is part of what is measured.
    const child = spawn('npm', ['run', 'build', '--silent'], {
      cwd: root,
      env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 100);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`The archive build failed:\n${output.slice(-4000)}`));
      resolve({
        seconds,
        peakBytes,
        pages: Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0),
        outputs: output.match(/[├└]─ /g)?.length ?? 0,
        reused: output.match(/\((?:cached|restored)\)/g)?.length ?? 0,
      });
    });
  });
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export async function benchArchive(root: string): Promise<Row[]> {
  const issues = Number(process.env['ARCHIVE_ISSUES'] ?? 1000);
  const terms = Number(process.env['ARCHIVE_TERMS'] ?? 2000);
  const work = mkdtempSync(path.join(os.tmpdir(), 'conundra-archive-'));
  const env = { CONTENT_DIR: path.join(work, 'content'), CACHE_DIR: path.join(work, 'cache'), OUT_DIR: path.join(work, 'dist') };
  try {
    writeArchive(env.CONTENT_DIR, { issues, terms }, path.join(root, 'content'));
    console.log(`Building a synthetic archive of ${issues} issues and ${terms} terms three times…`);
    const cold = await build(root, env);
    const distBytes = folderBytes(env.OUT_DIR);
    const pagefindBytes = folderBytes(path.join(env.OUT_DIR, 'pagefind'));
    const unchanged = await build(root, env);
    appendFileSync(issuePath(env.CONTENT_DIR, Math.ceil(issues / 2)), '\nA sentence added by an editor, to time a rebuild.\n');
    const edited = await build(root, env);

    const group = 'archive';
    const scale = `${issues} issues, ${terms} terms: ${cold.pages} pages`;
    const memory = Math.max(cold.peakBytes, unchanged.peakBytes, edited.peakBytes);
    return [
      { group, metric: `cold build, no caches (${scale})`, value: round(cold.seconds), unit: 's', target: '≤ 60 s' },
      { group, metric: 'cold build, per page', value: round((cold.seconds * 1000) / cold.pages), unit: 'ms' },
      {
        group,
        metric: 'rebuild, nothing changed',
        value: round(unchanged.seconds),
        unit: 's',
        target: '≤ 15 s',
        note: `${unchanged.reused} of ${unchanged.outputs} pages and files reused`,
      },
      {
        group,
        metric: 'rebuild after editing one issue',
        value: round(edited.seconds),
        unit: 's',
        note: `${edited.reused} of ${edited.outputs} pages and files reused`,
      },
      {
        group,
        metric: 'peak memory (Astro and Pagefind together)',
        value: Math.round(memory / 2 ** 20),
        unit: 'MiB',
        target: '< 2 GiB',
        note: `cold ${Math.round(cold.peakBytes / 2 ** 20)}, unchanged ${Math.round(unchanged.peakBytes / 2 ** 20)}, edited ${Math.round(edited.peakBytes / 2 ** 20)} MiB`,
      },
      { group, metric: 'dist/ size', value: distBytes, unit: 'bytes' },
      { group, metric: 'Pagefind index size', value: pagefindBytes, unit: 'bytes' },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
