import { debounce } from '../../lib/util/debounce';
import { IslandElement } from '../island-element';
import { hitProbability, trialsForHit } from '../../lib/stats/hit-probability';
import { mulberry32, nextSeed } from '../../lib/stats/prng';
import { repeatSearches } from '../../lib/stats/search-layouts';
import { importanceText, unusedText, stateFromHash, stateToHash, strategiesView, summaryText, type StrategiesState } from './model';
import { ecdfSvg, panelSvg } from './render';

const REPEATS = 1000;

/**
 * <search-strategies>: grid against random search on the same budget, after
 * Bergstra and Bengio's Figure 1. The server renders the first view; this
 * element redraws it as the reader changes the budget, the importance of y,
 * or the random draw, and keeps the view in the address so it can be shared.
 */
class SearchStrategies extends IslandElement {
  #state!: StrategiesState;
  #writeHash = debounce((hash: string) => history.replaceState(null, '', `#${hash}`), 300);
  #repeatShown = false;

  connectedCallback(): void {
    const fallback: StrategiesState = {
      seed: Number(this.dataset.seed),
      budget: Number(this.dataset.budget),
      importance: Number(this.dataset.importance),
    };
    this.#state = location.hash.includes('seed=') ? stateFromHash(location.hash, fallback) : fallback;
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
    this.#state = { ...this.#state, ...change };
    this.#draw(true);
  }

  #draw(announce: boolean): void {
    const view = strategiesView(this.#state);
    const { budget, importance, seed } = this.#state;
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
    this.setOut('grid-best', view.grid.best.toFixed(2));
    this.setOut('random-best', view.random.best.toFixed(2));
    this.setOut('seed', String(seed));
    if (this.#repeatShown) this.#drawRepeat(false);
    if (announce) {
      this.announce(summaryText(view));
      this.#writeHash(stateToHash(this.#state));
    }
  }

  #drawRepeat(announce: boolean): void {
    const { budget, importance, seed } = this.#state;
    const summary = repeatSearches(budget, importance, REPEATS, mulberry32(seed));
    const box = this.querySelector<HTMLElement>('[data-repeat]')!;
    box.hidden = false;
    box.querySelector('[data-chart]')!.innerHTML = ecdfSvg(summary, 'ss-ecdf');
    const text =
      `In ${REPEATS.toLocaleString('en-GB')} searches of ${budget} trials, the best value reached the top 5% of the space ` +
      `${Math.round(summary.gridTopShare * 100)}% of the time with a grid and ${Math.round(summary.randomTopShare * 100)}% with random search.`;
    box.querySelector('[data-repeat-text]')!.textContent = text;
    if (announce) this.announce(text);
  }

  #solve(): void {
    const q = Number(this.field('fraction').value) / 100;
    const p = Number(this.field('confidence').value) / 100;
    const out = this.querySelector('[data-out="trials"]')!;
    if (!(q > 0 && q < 1 && p > 0 && p < 1)) {
      out.textContent = 'Enter percentages between 0 and 100.';
      return;
    }
    const trials = trialsForHit(q, p);
    out.textContent = `${trials.toLocaleString('en-GB')} random trials (chance ${(hitProbability(trials, q) * 100).toFixed(1)}%)`;
  }
}

if (!customElements.get('search-strategies')) customElements.define('search-strategies', SearchStrategies);
