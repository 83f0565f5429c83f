import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/content');

export interface BuildResult {
  ok: boolean;
  output: string;
  outDir: string;
  contentDir: string;
}

/**
 * Builds the site from the valid fixture content with one or more cases' files
 * laid over it (broken files, usually), into a scratch folder inside the project
 * so that error messages show short, repository-relative paths. Each build
 * has its own cache, so no build sees another's content or cards.
 */
export async function buildFixture(brokenCases: string | string[] = [], env: Record<string, string> = {}): Promise<BuildResult> {
  const scratch = await mkdtemp(path.join(root, 'node_modules/.fixture-build-'));
  const contentDir = path.join(scratch, 'content');
  await cp(path.join(fixtures, 'valid'), contentDir, { recursive: true });
  for (const brokenCase of [brokenCases].flat()) await cp(path.join(fixtures, 'broken', brokenCase), contentDir, { recursive: true });
  return rebuildFixture({ ok: false, output: '', outDir: path.join(scratch, 'dist'), contentDir }, env);
}

/** Builds a fixture's content again, in place, with the cache its earlier builds left. */
export async function rebuildFixture(fixture: BuildResult, env: Record<string, string> = {}): Promise<BuildResult> {
  const { outDir, contentDir } = fixture;
  const cacheDir = path.join(path.dirname(outDir), 'cache');
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, outDir, contentDir };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr, outDir, contentDir };
  }
}

export async function removeFixture(result: BuildResult): Promise<void> {
  await rm(path.dirname(result.outDir), { recursive: true, force: true });
}
