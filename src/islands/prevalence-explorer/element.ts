import { formatPercent } from '../../lib/stats/diagnostic';
import { IslandElement } from '../island-element';
import { PREVALENCES, prevalenceView, type PrevalenceState } from './model';

/** <prevalence-explorer>: the same test, in populations where the disease is rarer or commoner. */
class PrevalenceExplorer extends IslandElement {
  connectedCallback(): void {
    this.revealControls();
    this.addEventListener('input', () => this.#draw(true));
    this.#draw(false);
  }

  #draw(announce: boolean): void {
    const state: PrevalenceState = {
      prevalence: PREVALENCES[Number(this.field('prevalence').value)] ?? 0.01,
      sensitivity: Number(this.field('sensitivity').value) / 100,
      specificity: Number(this.field('specificity').value) / 100,
    };
    const view = prevalenceView(state);
    const prevalenceText = formatPercent(state.prevalence, state.prevalence < 0.01 ? 1 : 0);
    this.field('prevalence').setAttribute('aria-valuetext', `${prevalenceText} prevalence`);
    this.field('sensitivity').setAttribute('aria-valuetext', `${formatPercent(state.sensitivity, 0)} sensitivity`);
    this.field('specificity').setAttribute('aria-valuetext', `${formatPercent(state.specificity, 0)} specificity`);
    this.setOut('prevalence', prevalenceText);
    this.setOut('sensitivity', formatPercent(state.sensitivity, 0));
    this.setOut('specificity', formatPercent(state.specificity, 0));
    this.setOut('ppv', view.ppv);
    this.setOut('npv', view.npv);
    for (const key of ['tp', 'fp', 'fn', 'tn'] as const) this.setOut(key, view.counts[key].toLocaleString('en-GB'));
    this.setOut('positives', view.positives.toLocaleString('en-GB'));
    const bar = this.querySelector<HTMLElement>('[data-bar]');
    bar?.style.setProperty('--true-share', String(view.positives > 0 ? view.counts.tp / view.positives : 0));
    if (announce) this.announce(view.summary);
  }
}

if (!customElements.get('prevalence-explorer')) customElements.define('prevalence-explorer', PrevalenceExplorer);
