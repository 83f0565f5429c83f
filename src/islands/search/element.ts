import { exactNamesFirst, moveSelection, resultsSummary, withQuery, queryFromLocation, RESULT_TYPES } from '../../lib/search/results';
import { loadPagefind, type PagefindResultData } from './pagefind';

const MAX_RESULTS = 10;
/** Results fetched before re-ordering, so an exact name just below the fold can still rise to the top. */
const CANDIDATES = 16;

/**
 * <site-search>: a search field over the Pagefind index with a type filter,
 * results as a list of links, and arrow-key movement between field and
 * results. Used inside the header dialog and on the /search/ page, where
 * `data-sync-url` makes the address follow the query.
 */
export class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #run = 0;

  connectedCallback(): void {
    this.#input = this.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('ol')!;
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#focusResult(0);
    });
    this.#input.addEventListener('input', () => void this.search());
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'type') void this.search();
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
    this.dataset.ready = '';
    if (this.hasAttribute('data-sync-url')) {
      const query = queryFromLocation(location.search);
      if (query) {
        this.#input.value = query;
        void this.search();
      }
    }
  }

  get #base(): string {
    return this.dataset.base ?? '/';
  }

  get #typeFilter(): string | undefined {
    const checked = this.querySelector<HTMLInputElement>('input[name="type"]:checked');
    return checked && checked.value !== 'all' ? checked.value : undefined;
  }

  focusField(): void {
    this.#input.focus();
    this.#input.select();
  }

  async search(): Promise<void> {
    const run = ++this.#run;
    const query = this.#input.value;
    if (this.hasAttribute('data-sync-url')) history.replaceState(null, '', withQuery(location.href, query));
    if (query.trim() === '') {
      this.#render([], query);
      return;
    }
    try {
      const pagefind = await loadPagefind(this.#base);
      const filter = this.#typeFilter;
      const found = await pagefind.debouncedSearch(query, filter ? { filters: { type: filter } } : {}, 120);
      if (found === null || run !== this.#run) return; // a newer keystroke superseded this search
      const data = await Promise.all(found.results.slice(0, CANDIDATES).map((r) => r.data()));
      if (run === this.#run) this.#render(exactNamesFirst(data, query).slice(0, MAX_RESULTS), query, found.results.length);
    } catch {
      this.#list.replaceChildren();
      this.#status.textContent = import.meta.env.DEV
        ? 'Search needs a production build: run “npm run build” once, then reload this page.'
        : 'Search could not load. Check your connection and try again.';
    }
  }

  #render(results: PagefindResultData[], query: string, total = results.length): void {
    const doc = this.ownerDocument;
    this.#list.replaceChildren(
      ...results.map((result) => {
        const item = doc.createElement('li');
        const link = doc.createElement('a');
        link.href = result.url;
        link.className = 'search-result';
        const head = doc.createElement('span');
        head.className = 'search-result-head';
        const title = doc.createElement('span');
        title.className = 'search-result-title';
        title.textContent = result.meta['title'] ?? result.url;
        const badge = doc.createElement('span');
        badge.className = 'search-result-type';
        const type = result.filters['type']?.[0] ?? RESULT_TYPES.page;
        badge.textContent = result.meta['number'] ? `${type} · #${result.meta['number']}` : type;
        head.append(title, badge);
        const excerpt = doc.createElement('span');
        excerpt.className = 'search-result-excerpt';
        // Pagefind escapes page text and adds only <mark> around the matched words.
        excerpt.innerHTML = result.excerpt;
        link.append(head, excerpt);
        item.append(link);
        return item;
      }),
    );
    const filter = this.querySelector<HTMLInputElement>('input[name="type"]:checked');
    this.#status.textContent = resultsSummary(total, query, filter && filter.value !== 'all' ? filter.value : undefined);
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#list.querySelectorAll<HTMLAnchorElement>('a.search-result')];
  }

  #focusResult(index: number): void {
    const links = this.#links();
    if (index < 0 || links.length === 0) this.#input.focus();
    else links[Math.min(index, links.length - 1)]?.focus();
  }

  #onKey(event: KeyboardEvent): void {
    const { key } = event;
    if (key !== 'ArrowDown' && key !== 'ArrowUp' && key !== 'Home' && key !== 'End') return;
    const links = this.#links();
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    // In the field, Home and End move the caret as usual.
    if (current === -1 && (key === 'Home' || key === 'End')) return;
    if (current === -1 && document.activeElement !== this.#input) return;
    event.preventDefault();
    this.#focusResult(moveSelection(current, key, links.length));
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
