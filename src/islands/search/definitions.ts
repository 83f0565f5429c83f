import { definitionsFile, type Definitions } from '../../lib/search/names';

/**
 * The one-sentence definitions shown with listed terms, fetched a file (one
 * first letter) at a time as terms are listed, and kept for the page's life.
 */
const files = new Map<string, Promise<Definitions>>();

async function fetchFile(base: string, group: string): Promise<Definitions> {
  try {
    const response = await fetch(`${base}${definitionsFile(group)}`);
    if (response.ok) return (await response.json()) as Definitions;
  } catch {
    // Offline or interrupted: as below.
  }
  // The terms are still listed and linked, only without their definitions; a later listing tries again.
  files.delete(group);
  return {};
}

/** The definitions in these files (see `definitionGroup`), by term URL. */
export async function definitionsIn(base: string, groups: readonly string[]): Promise<Definitions> {
  const loaded = await Promise.all(
    [...new Set(groups)].map((group) => {
      if (!files.has(group)) files.set(group, fetchFile(base, group));
      return files.get(group)!;
    }),
  );
  return Object.assign({}, ...loaded) as Definitions;
}
