import { IslandElement } from '../island-element';
import { reliabilityView } from './model';

/** <reliability-diagram>: distort one model's predictions and watch calibration, not ranking, change. */
class ReliabilityDiagram extends IslandElement {
  connectedCallback(): void {
    this.revealControls();
    this.field('miscalibration').addEventListener('input', () => this.#draw(true));
    this.#draw(false);
  }

  #draw(announce: boolean): void {
    // The model clamps the value to the slider's range and steps.
    const view = reliabilityView(Number(this.field('miscalibration').value));
    this.field('miscalibration').setAttribute('aria-valuetext', view.label);
    this.setOut('miscalibration', view.label);
    this.querySelector('[data-chart]')!.innerHTML = view.svg('rd');
    for (const key of ['brier', 'meanPredicted', 'observed', 'ratio'] as const) this.setOut(key, view[key]);
    if (announce) this.announce(view.summary);
  }
}

if (!customElements.get('reliability-diagram')) customElements.define('reliability-diagram', ReliabilityDiagram);
