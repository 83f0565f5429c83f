import { IslandElement } from '../island-element';
import { dimensionView, type DimensionState } from './model';

/** <dimension-explosion>: how a grid grows as k^d, against random search's flat 59 trials. */
class DimensionExplosion extends IslandElement {
  connectedCallback(): void {
    this.revealControls();
    this.addEventListener('input', () => this.#draw(true));
    this.#draw(false);
  }

  #value(name: string): number {
    return Number(this.field(name).value);
  }

  #draw(announce: boolean): void {
    const state: DimensionState = {
      hyperparameters: this.#value('hyperparameters'),
      values: this.#value('values'),
      minutesPerRun: this.#value('minutes'),
    };
    const view = dimensionView(state);
    const set = (key: string, text: string) => this.setOut(key, text);
    set('hyperparameters', String(state.hyperparameters));
    set('values', String(state.values));
    set('trials', view.trialsText);
    set('grid-time', view.gridTime);
    set('random-time', view.randomTime);
    this.querySelector('[name="hyperparameters"]')?.setAttribute('aria-valuetext', `${state.hyperparameters} hyperparameters`);
    this.querySelector('[name="values"]')?.setAttribute('aria-valuetext', `${state.values} values each`);
    this.querySelector<HTMLElement>('[data-bar="grid"]')?.style.setProperty('--fraction', String(view.barFraction));
    this.querySelector<HTMLElement>('[data-bar="random"]')?.style.setProperty('--fraction', String(view.randomBarFraction));
    if (announce) this.announce(view.summary);
  }
}

if (!customElements.get('dimension-explosion')) customElements.define('dimension-explosion', DimensionExplosion);
