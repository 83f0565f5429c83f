import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildFixture, rebuildFixture, removeFixture, type BuildResult } from './build-fixture';

/**
 * Incremental builds copy a page from the last build when its cacheKey and code
 * are unchanged. A key that misses something the page shows would leave it
 * stale, so after editing content the rebuilt site must equal a clean build.
 */
const fixtures: BuildResult[] = [];
afterAll(async () => Promise.all(fixtures.map(removeFixture)));

async function files(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return new Map(await Promise.all(found.map(async (f) => [path.relative(dir, f), (await readFile(f)).toString('base64')] as const)));
}

/** The files that differ between two builds, by path: empty when the builds are the same. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

it('rebuilds to exactly what a clean build of the same content gives', { timeout: 600_000 }, async () => {
  const site = await buildFixture();
  fixtures.push(site);
  expect(site.ok, site.output).toBe(true);

  // Each edit alone, since an edit to a page's own entry re-renders it whatever the key says.
  const scratch = path.dirname(site.outDir);
  const edits = [
    // A definition, shown in the popovers and on the related term's page.
    ['glossary/hyperparameter.md', 'short: A setting chosen before training', 'short: A knob set before training'],
    // An issue title, shown on the pages of the terms it links to.
    ['issues/0001-fixture.mdx', 'title: "A valid fixture issue"', 'title: "A renamed fixture issue"'],
  ] as const;
  for (const [i, [file, from, to]] of edits.entries()) {
    await edit(path.join(site.contentDir, file), from, to);
    const rebuilt = await rebuildFixture(site);
    expect(rebuilt.ok, rebuilt.output).toBe(true);
    // The pages the edit does not touch are copied from the last build, not rendered again.
    expect(rebuilt.output).toMatch(/\((cached|restored)\)/);
    // Same content folder (pages show their source path in "Edit this page"), fresh cache and output.
    const clean = await rebuildFixture(
      { ...site, outDir: path.join(scratch, `clean-${i}`) },
      { CACHE_DIR: path.join(scratch, `clean-cache-${i}`) },
    );
    expect(clean.ok, clean.output).toBe(true);
    expect(differences(await files(site.outDir), await files(clean.outDir)), `after editing ${file}`).toEqual([]);
  }
});
