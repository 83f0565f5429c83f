import { IslandElement } from '../island-element';
import { prevalenceAt, prevalenceView } from './model';
import { barSvg } from './render';

/** <prevalence-explorer>: the same test, in populations where the disease is rarer or commoner. */
class PrevalenceExplorer extends IslandElement {
  connectedCallback(): void {
    this.revealControls();
    this.addEventListener('input', () => this.#draw(true));
    this.#draw(false);
  }

  #draw(announce: boolean): void {
    // The model clamps every value to the sliders' ranges, whatever the inputs hold.
    const view = prevalenceView({
      prevalence: prevalenceAt(Number(this.field('prevalence').value)),
      sensitivity: Number(this.field('sensitivity').value) / 100,
      specificity: Number(this.field('specificity').value) / 100,
    });
    this.field('prevalence').setAttribute('aria-valuetext', `${view.prevalenceText} prevalence`);
    this.field('sensitivity').setAttribute('aria-valuetext', `${view.sensitivityText} sensitivity`);
    this.field('specificity').setAttribute('aria-valuetext', `${view.specificityText} specificity`);
    this.setOut('prevalence', view.prevalenceText);
    this.setOut('sensitivity', view.sensitivityText);
    this.setOut('specificity', view.specificityText);
    this.setOut('ppv', view.ppv);
    this.setOut('npv', view.npv);
    for (const key of ['tp', 'fp', 'fn', 'tn'] as const) this.setOut(key, view.counts[key].toLocaleString('en-GB'));
    this.setOut('positives', view.positives.toLocaleString('en-GB'));
    this.setOut('diseased', view.diseased.toLocaleString('en-GB'));
    this.setOut('healthy', view.healthy.toLocaleString('en-GB'));
    this.querySelector('[data-bar]')!.innerHTML = barSvg(view, 'pe');
    if (announce) this.announce(view.summary);
  }
}

if (!customElements.get('prevalence-explorer')) customElements.define('prevalence-explorer', PrevalenceExplorer);
