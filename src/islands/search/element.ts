import {
  moveSelection,
  resultsSummary,
  withQuery,
  queryFromLocation,
  RESULT_TYPES,
  NAMES_META,
  NAME_SEPARATOR,
} from '../../lib/search/results';
import {
  definitionGroup,
  displayName,
  isSurelyTypo,
  suggestNames,
  termsNamed,
  termsStartingWith,
  toSiteSpelling,
  type Definitions,
  type NamedTerm,
  type Suggestion,
} from '../../lib/search/names';
import { buildExcerpt, unescapeHtml, type ExcerptPart } from '../../lib/search/excerpt';
import { loadSearch, type PagefindResult, type PagefindResultData } from './pagefind';
import { definitionsIn } from './definitions';

/** Rows whose text is fetched at once, named terms included: about as many as the dialog shows without scrolling. */
const ON_SCREEN = 5;
/** Results listed in all; those below the first screen load as the reader scrolls to them. */
const MAX_RESULTS = 30;
/** A pause in typing this long starts a search: shorter than the gap between most keystrokes is not needed. */
const DEBOUNCE_MS = 40;

/** Starts fetching Pagefind and the names map as soon as the reader shows they are about to search. */
export function preloadSearch(): void {
  const base = document.querySelector<HTMLElement>('site-search')?.dataset['base'] ?? '/';
  // A failure here shows when the reader searches, where the element explains it.
  loadSearch(base).catch(() => undefined);
}

interface Row {
  url: string;
  title: string;
  type: string;
  number?: string | undefined;
  excerpt: ExcerptPart[];
}

/** A listed term, with its definition as the excerpt (none if its definitions file could not load). */
const termRow = (term: NamedTerm, definitions: Definitions): Row => ({
  url: term.url,
  title: displayName(term),
  type: RESULT_TYPES.term,
  excerpt: [{ text: definitions[term.url] ?? '', match: false }],
});

function pagefindRow(data: PagefindResultData): Row {
  const title = data.meta['title'] ?? data.url;
  const aliases = (data.meta[NAMES_META] ?? '').split(NAME_SEPARATOR).filter((n) => n !== '' && n !== title);
  return {
    url: data.url,
    title,
    type: data.filters['type']?.[0] ?? RESULT_TYPES.page,
    number: data.meta['number'],
    excerpt: buildExcerpt(data, { title, aliases }),
  };
}

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
  #timer: ReturnType<typeof setTimeout> | undefined;
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    this.#input = this.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('ol')!;
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#focusResult(0);
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.search(), DEBOUNCE_MS);
    });
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'type') void this.search();
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('click', (event) => this.#onSuggestion(event));
    this.dataset['ready'] = '';
    if (this.hasAttribute('data-sync-url')) {
      const query = queryFromLocation(location.search);
      if (query) {
        this.#input.value = query;
        void this.search();
      }
    }
  }

  get #base(): string {
    return this.dataset['base'] ?? '/';
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
    clearTimeout(this.#timer);
    const run = ++this.#run;
    const query = this.#input.value.trim();
    if (this.hasAttribute('data-sync-url')) history.replaceState(null, '', withQuery(location.href, query));
    if (query === '') {
      this.#show([], [], { query });
      return;
    }
    try {
      const { pagefind, names } = await loadSearch(this.#base);
      if (run !== this.#run) return;
      const filter = this.#typeFilter;
      const termsAllowed = filter === undefined || filter === RESULT_TYPES.term;
      const options = filter ? { filters: { type: filter } } : {};

      // One or two letters are too few for full text: list the terms whose names start with them.
      if (query.length <= 2 && termsAllowed) {
        const terms = termsStartingWith(names, query);
        const definitions = await definitionsIn(this.#base, [definitionGroup(query)]);
        if (run !== this.#run) return;
        this.#show(
          terms.map((term) => termRow(term, definitions)),
          [],
          { query, summary: lettersSummary(terms.length, query) },
        );
        return;
      }

      const suggestions = termsAllowed ? suggestNames(names, query) : [];
      const typo = suggestions[0] && isSurelyTypo(suggestions[0], query) ? [suggestions[0].term] : [];
      let named = termsAllowed ? [...termsNamed(names, query), ...typo] : [];
      let found = (await pagefind.search(toSiteSpelling(query), options))?.results ?? [];
      if (run !== this.#run) return;
      let showing: string | undefined;
      if (found.length === 0 && suggestions[0]) {
        // Nothing matched: show the closest name's results straight away, and say so.
        showing = suggestions[0].name;
        named = termsNamed(names, showing);
        found = (await pagefind.search(toSiteSpelling(showing), options))?.results ?? [];
        if (run !== this.#run) return;
      }
      // A keystroke since this search began will start a newer one: its fragments would be wasted.
      if (this.#input.value.trim() !== query) return;
      const namedUrls = new Set(named.map((t) => t.url));
      // Named terms come from the names map and take their rows on the first screen; the rest load as they scroll in.
      const onScreen = Math.max(0, ON_SCREEN - named.length);
      const [first, definitions] = await Promise.all([
        Promise.all(found.slice(0, onScreen).map((r) => r.data())),
        // The definitions of the named terms, fetched alongside the excerpts of the first results.
        definitionsIn(
          this.#base,
          named.map((term) => definitionGroup(displayName(term))),
        ),
      ]);
      if (run !== this.#run) return;
      const rows = [...named.map((term) => termRow(term, definitions)), ...first.filter((d) => !namedUrls.has(d.url)).map(pagefindRow)];
      const unnamed = first.filter((d) => namedUrls.has(d.url)).length;
      const total = found.length + named.length - unnamed;
      this.#show(rows, found.slice(onScreen, MAX_RESULTS), {
        query,
        summary: showing ? `No results for “${query}”. Showing results for “${showing}”.` : resultsSummary(total, query, filter),
        suggestions: showing ? [] : suggestions,
        skip: namedUrls,
      });
    } catch {
      this.#list.replaceChildren();
      this.#status.textContent = import.meta.env.DEV
        ? 'Search needs a production build: run “npm run build” once, then reload this page.'
        : 'Search could not load. Check your connection and try again.';
    }
  }

  /** Renders the rows, placeholders for the results further down, the summary and any suggestions. */
  #show(
    rows: Row[],
    later: PagefindResult[],
    {
      query,
      summary,
      suggestions = [],
      skip = new Set(),
    }: { query: string; summary?: string; suggestions?: Suggestion[]; skip?: Set<string> },
  ): void {
    this.#observer?.disconnect();
    const doc = this.ownerDocument;
    const pending = later.map((result) => {
      const item = doc.createElement('li');
      item.className = 'search-result-pending';
      item.setAttribute('aria-hidden', 'true');
      pendingResults.set(item, result);
      return item;
    });
    this.#list.replaceChildren(...rows.map((row) => this.#item(row)), ...pending);
    this.#list.dataset['query'] = query;
    if (pending.length > 0) {
      const run = this.#run;
      this.#observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            const item = entry.target as HTMLLIElement;
            this.#observer?.unobserve(item);
            void pendingResults
              .get(item)
              ?.data()
              .then((data) => {
                if (run !== this.#run) return;
                if (skip.has(data.url)) item.remove();
                else item.replaceWith(this.#item(pagefindRow(data)));
              });
          }
        },
        { root: this.closest('dialog'), rootMargin: '0px 0px 240px 0px' },
      );
      pending.forEach((item) => this.#observer!.observe(item));
    }
    this.#status.replaceChildren(summary ?? resultsSummary(rows.length, query, this.#typeFilter));
    if (suggestions.length > 0) this.#status.append(' ', this.#suggestionLinks(suggestions));
  }

  #item(row: Row): HTMLLIElement {
    const doc = this.ownerDocument;
    const item = doc.createElement('li');
    const link = doc.createElement('a');
    link.href = row.url;
    link.className = 'search-result';
    const head = doc.createElement('span');
    head.className = 'search-result-head';
    const title = doc.createElement('span');
    title.className = 'search-result-title';
    title.textContent = row.title;
    const badge = doc.createElement('span');
    badge.className = 'search-result-type';
    badge.textContent = row.number ? `${row.type} · #${row.number}` : row.type;
    head.append(title, badge);
    const excerpt = doc.createElement('span');
    excerpt.className = 'search-result-excerpt';
    excerpt.append(
      ...row.excerpt.map((part) => {
        const text = unescapeHtml(part.text);
        if (!part.match) return text;
        const mark = doc.createElement('mark');
        mark.textContent = text;
        return mark;
      }),
    );
    link.append(head, excerpt);
    item.append(link);
    return item;
  }

  /** "Did you mean A or B?", each name a link to its own search that the dialog follows in place. */
  #suggestionLinks(suggestions: Suggestion[]): HTMLElement {
    const doc = this.ownerDocument;
    const wrap = doc.createElement('span');
    wrap.className = 'search-suggest';
    wrap.append('Did you mean ');
    suggestions.forEach((s, i) => {
      if (i > 0) wrap.append(i === suggestions.length - 1 ? ' or ' : ', ');
      const link = doc.createElement('a');
      link.href = `${this.#base}search/?q=${encodeURIComponent(s.name)}`;
      link.dataset['suggestion'] = s.name;
      link.textContent = s.name;
      wrap.append(link);
    });
    wrap.append('?');
    return wrap;
  }

  #onSuggestion(event: MouseEvent): void {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-suggestion]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    this.#input.value = link.dataset['suggestion'] ?? '';
    this.#input.focus();
    void this.search();
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

/** The Pagefind result behind each placeholder, until it scrolls into view. */
const pendingResults = new WeakMap<Element, PagefindResult>();

function lettersSummary(count: number, letters: string): string {
  if (count === 0) return `No glossary term starts with “${letters}”. Type more to search everything.`;
  return `${count} glossary ${count === 1 ? 'term starts' : 'terms start'} with “${letters}”.`;
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
