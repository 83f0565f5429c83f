import { IslandElement } from '../island-element';
import { dimensionView } from './model';
import { barsSvg } from './render';

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
    // The model clamps every count to the controls' limits.
    const view = dimensionView({
      hyperparameters: this.#value('hyperparameters'),
      values: this.#value('values'),
      minutesPerRun: this.#value('minutes'),
    });
    const { state } = view;
    this.setOut('hyperparameters', String(state.hyperparameters));
    this.setOut('values', String(state.values));
    this.setOut('trials', view.trialsText);
    this.setOut('grid-time', view.gridTime);
    this.setOut('random-time', view.randomTime);
    this.field('hyperparameters').setAttribute(
      'aria-valuetext',
      `${state.hyperparameters} ${state.hyperparameters === 1 ? 'hyperparameter' : 'hyperparameters'}`,
    );
    this.field('values').setAttribute('aria-valuetext', `${state.values} values each`);
    this.querySelector('[data-bars]')!.innerHTML = barsSvg(view, 'de');
    if (announce) this.announce(view.summary);
  }
}

if (!customElements.get('dimension-explosion')) customElements.define('dimension-explosion', DimensionExplosion);
