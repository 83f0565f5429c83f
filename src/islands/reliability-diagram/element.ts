import { IslandElement } from '../island-element';
import { describeMiscalibration, reliabilityView } from './model';

/** <reliability-diagram>: distort one model's predictions and watch calibration, not ranking, change. */
class ReliabilityDiagram extends IslandElement {
  connectedCallback(): void {
    this.revealControls();
    this.field('miscalibration').addEventListener('input', () => this.#draw(true));
    this.#draw(false);
  }

  #draw(announce: boolean): void {
    const m = Number(this.field('miscalibration').value);
    const view = reliabilityView(m);
    this.field('miscalibration').setAttribute('aria-valuetext', describeMiscalibration(m));
    this.setOut('miscalibration', describeMiscalibration(m));
    this.querySelector('[data-chart]')!.innerHTML = view.svg('rd');
    for (const key of ['brier', 'meanPredicted', 'observed', 'ratio'] as const) this.setOut(key, view[key]);
    if (announce) this.announce(view.summary);
  }
}

if (!customElements.get('reliability-diagram')) customElements.define('reliability-diagram', ReliabilityDiagram);
