import { IslandElement } from '../island-element';
import { rocSvg, rocView } from './model';

/** <roc-threshold>: one model, many thresholds; the ROC point and the confusion matrix move together. */
class RocThreshold extends IslandElement {
  connectedCallback(): void {
    this.revealControls();
    this.field('threshold').addEventListener('input', () => this.#draw(true));
    this.#draw(false);
  }

  #draw(announce: boolean): void {
    // The model clamps the position, so a hand-edited value cannot leave the curve.
    const view = rocView(Number(this.field('threshold').value));
    this.field('threshold').setAttribute('aria-valuetext', view.valueText);
    this.setOut('threshold', view.thresholdText);
    this.querySelector('[data-chart]')!.innerHTML = rocSvg(view, 'roc');
    for (const key of ['tp', 'fp', 'fn', 'tn'] as const) this.setOut(key, view.counts[key].toLocaleString('en-GB'));
    this.setOut('sepsis', view.sepsis.toLocaleString('en-GB'));
    this.setOut('no-sepsis', view.noSepsis.toLocaleString('en-GB'));
    for (const key of ['sensitivity', 'specificity', 'precision', 'accuracy'] as const) this.setOut(key, view[key]);
    if (announce) this.announce(view.summary);
  }
}

if (!customElements.get('roc-threshold')) customElements.define('roc-threshold', RocThreshold);
