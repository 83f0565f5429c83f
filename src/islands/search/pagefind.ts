import { NAMES_MAP_FILE, type NamesMap } from '../../lib/search/names';

/**
 * The slice of Pagefind's browser API this site uses. The module itself is
 * written by the build into <base>/pagefind/ and fetched only when the reader
 * shows they are about to search; the names map comes with it.
 */
export interface PagefindResultData {
  url: string;
  content: string;
  raw_content?: string;
  locations: number[];
  weighted_locations?: { location: number; weight: number; balanced_score: number }[];
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchBackend {
  pagefind: PagefindApi;
  names: NamesMap;
}

let loading: Promise<SearchBackend> | undefined;

async function loadNames(base: string): Promise<NamesMap> {
  try {
    const response = await fetch(`${base}${NAMES_MAP_FILE}`);
    return response.ok ? ((await response.json()) as NamesMap) : { terms: [] };
  } catch {
    // Without the map search still works; it only loses exact-name ranking and suggestions.
    return { terms: [] };
  }
}

async function loadIndex(base: string): Promise<PagefindApi> {
  const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
  // The index is small: searching on the main thread saves fetching and starting Pagefind's worker.
  await api.options({ baseUrl: base, noWorker: true });
  // Starts fetching the WebAssembly and the index metadata now, not on the first keystroke; a search
  // waits for them. (The filter indexes wait until a search uses a filter: most never do.)
  await api.init();
  return api;
}

/** Pagefind and the names map, fetched once; safe to call on every sign of intent. */
export function loadSearch(base: string): Promise<SearchBackend> {
  loading ??= Promise.all([loadIndex(base), loadNames(base)]).then(([pagefind, names]) => ({ pagefind, names }));
  // Let a later attempt retry (for example after `npm run build` in dev) instead of caching a failure.
  loading.catch(() => (loading = undefined));
  return loading;
}
