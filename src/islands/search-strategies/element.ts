import { debounce } from '../../lib/util/debounce';
import { IslandElement } from '../island-element';
import { mulberry32, nextSeed } from '../../lib/stats/prng';
import { repeatSearches } from '../../lib/stats/search-layouts';
import {
  anchorFromHash,
  bestText,
  importanceText,
  repeatText,
  solverView,
  stateFromHash,
  stateToHash,
  strategiesView,
  summaryText,
  unusedText,
  type StrategiesState,
} from './model';
import { ecdfSvg, panelSvg } from './render';

const REPEATS = 1000;

/**
 * <search-strategies>: grid against random search on the same budget, after
 * Bergstra and Bengio's Figure 1. The server renders the first view; this
 * element redraws it as the reader changes the budget, the importance of y,
 * or the random draw, and keeps the view in the address so it can be shared,
 * after the anchor the reader arrived with, so the link still scrolls to it.
 */
class SearchStrategies extends IslandElement {
  #state!: StrategiesState;
  #anchor = '';
  #writeHash = debounce((hash: string) => history.replaceState(null, '', `#${hash}`), 300);
  #repeatShown = false;

  connectedCallback(): void {
    const fallback: StrategiesState = {
      seed: Number(this.dataset.seed),
      budget: Number(this.dataset.budget),
      importance: Number(this.dataset.importance),
    };
    this.#anchor = anchorFromHash(location.hash) || (this.closest('figure')?.id ?? '');
    this.#state = location.hash.includes('seed=') ? stateFromHash(location.hash, fallback) : strategiesView(fallback).state;
    this.revealControls();
    this.field('budget').addEventListener('input', (e) => this.#update({ budget: Number((e.target as HTMLInputElement).value) }));
    this.field('importance').addEventListener('input', (e) => this.#update({ importance: Number((e.target as HTMLInputElement).value) }));
    this.querySelector('[data-action="redraw"]')?.addEventListener('click', () =>
      this.#update({ seed: nextSeed(mulberry32(this.#state.seed ^ Date.now())) }),
    );
    this.querySelector('[data-action="repeat"]')?.addEventListener('click', () => {
      this.#repeatShown = true;
      this.#drawRepeat(true);
    });
    for (const name of ['fraction', 'confidence']) this.field(name).addEventListener('input', () => this.#solve());
    this.#draw(false);
    this.#solve();
  }

  #update(change: Partial<StrategiesState>): void {
    // The model clamps the state, so a hand-edited control or address cannot leave the figure's range.
    this.#state = strategiesView({ ...this.#state, ...change }).state;
    this.#draw(true);
  }

  #draw(announce: boolean): void {
    const view = strategiesView(this.#state);
    const { budget, importance, seed } = view.state;
    this.querySelector('[data-panel="grid"]')!.innerHTML = panelSvg(view, 'grid', 'ss-grid');
    this.querySelector('[data-panel="random"]')!.innerHTML = panelSvg(view, 'random', 'ss-random');
    const budgetInput = this.field('budget');
    budgetInput.value = String(budget);
    budgetInput.setAttribute('aria-valuetext', `${budget} trials`);
    const importanceInput = this.field('importance');
    importanceInput.value = String(importance);
    importanceInput.setAttribute('aria-valuetext', importanceText(importance));
    this.setOut('budget', String(budget));
    this.setOut('importance', importanceText(importance));
    this.setOut('grid-side', `${view.grid.side}×${view.grid.side}`);
    this.setOut('grid-unused', unusedText(view.grid.unused));
    this.setOut('grid-distinct', String(view.grid.distinct));
    this.setOut('random-distinct', String(view.random.distinct));
    this.setOut('grid-best', bestText(view.grid.best, view.possible));
    this.setOut('random-best', bestText(view.random.best, view.possible));
    this.setOut('grid-trials', String(view.grid.points.length));
    this.setOut('random-trials', String(view.random.points.length));
    this.setOut('seed', String(seed));
    if (this.#repeatShown) this.#drawRepeat(false);
    if (announce) {
      this.announce(summaryText(view));
      this.#writeHash(stateToHash(view.state, this.#anchor));
    }
  }

  #drawRepeat(announce: boolean): void {
    const view = strategiesView(this.#state);
    const { budget, importance, seed } = view.state;
    const summary = repeatSearches(budget, importance, REPEATS, mulberry32(seed));
    const box = this.querySelector<HTMLElement>('[data-repeat]')!;
    box.hidden = false;
    box.querySelector('[data-chart]')!.innerHTML = ecdfSvg(summary, 'ss-ecdf');
    const text = repeatText(summary, view, REPEATS);
    box.querySelector('[data-repeat-text]')!.textContent = text;
    if (announce) this.announce(text);
  }

  #solve(): void {
    // Typed values can lie outside the fields' min and max (or be 1e-14): the model clamps them.
    const read = (name: string) => {
      const text = this.field(name).value.trim();
      return text === '' ? Number.NaN : Number(text);
    };
    const solver = solverView(read('fraction'), read('confidence'));
    this.setOut('trials', solver.text);
  }
}

if (!customElements.get('search-strategies')) customElements.define('search-strategies', SearchStrategies);
