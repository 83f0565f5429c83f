import { IslandElement } from '../island-element';
import type { Observation } from '../../lib/stats/bayes-opt';
import { BUDGET, boView, clampKind, initialObservations, nextObservations, nextText, PARAMETER, rateText, type BoView } from './model';
import { acquisitionSvg, bestSoFarSvg, surrogateSvg } from './render';

const STEP_MS = 900;

/**
 * <bayes-opt>: Bayesian optimisation of a learning rate, one trial at a time.
 * Convention: the loss is minimised, so lower is better; the acquisition is
 * arranged so that its highest point is always the next trial.
 */
class BayesOpt extends IslandElement {
  #observations: Observation[] = initialObservations();
  #timer: number | undefined;

  connectedCallback(): void {
    this.revealControls();
    this.field('kind').addEventListener('change', () => {
      const p = PARAMETER[this.#kind];
      const param = this.field('param') as HTMLInputElement;
      Object.assign(param, { min: String(p.min), max: String(p.max), step: String(p.step), value: String(p.initial) });
      this.#draw(true);
    });
    this.field('param').addEventListener('input', () => this.#draw(true));
    this.field('truth').addEventListener('change', () => this.#draw(false));
    this.#button('next').addEventListener('click', () => this.#step());
    this.#button('reset').addEventListener('click', () => {
      this.#stop();
      this.#observations = initialObservations();
      this.#draw(true);
    });
    this.#button('auto').addEventListener('click', () => (this.#timer === undefined ? this.#auto() : this.#stop()));
    this.#draw(false);
  }

  disconnectedCallback(): void {
    this.#stop();
  }

  #button(action: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }

  get #kind() {
    return clampKind(this.field('kind').value);
  }

  #view(): BoView {
    // The model clamps the kind and the parameter, whatever the controls hold.
    return boView(this.#observations, this.#kind, Number(this.field('param').value));
  }

  #step(): boolean {
    if (this.#observations.length >= BUDGET) return false;
    this.#observations = nextObservations(this.#view());
    this.#draw(true);
    return this.#observations.length < BUDGET;
  }

  #auto(): void {
    // With reduced motion, jump straight to the end of the budget rather than animate step by step.
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      while (this.#step()) {
        /* run to the budget */
      }
      return;
    }
    this.#button('auto').setAttribute('aria-pressed', 'true');
    this.#timer = window.setInterval(() => {
      if (!this.#step()) this.#stop();
    }, STEP_MS);
  }

  #stop(): void {
    window.clearInterval(this.#timer);
    this.#timer = undefined;
    this.#button('auto').setAttribute('aria-pressed', 'false');
  }

  #draw(announce: boolean): void {
    const view = this.#view();
    const p = PARAMETER[view.kind];
    this.setOut('param-label', p.label);
    this.setOut('param', String(view.param));
    this.field('param').setAttribute('aria-valuetext', `${p.label} ${view.param}`);
    const showTruth = (this.field('truth') as HTMLInputElement).checked;
    this.querySelector<HTMLElement>('[data-legend="truth"]')!.hidden = !showTruth;
    this.querySelector('[data-chart="surrogate"]')!.innerHTML = surrogateSvg(view, 'bo-s', showTruth);
    this.querySelector('[data-chart="acquisition"]')!.innerHTML = acquisitionSvg(view, 'bo-a');
    this.querySelector('[data-chart="best"]')!.innerHTML = bestSoFarSvg(view, 'bo-b');
    const trials = view.state.observations.length;
    this.setOut('trials', `${trials} of ${BUDGET}`);
    this.setOut(
      'next',
      view.done ? nextText(view) : `Next trial: ${rateText(view.state.next)}${view.repeat ? ' (already tried: no exploration left)' : ''}.`,
    );
    this.#button('next').disabled = view.done;
    const best = view.bo[view.bo.length - 1];
    const random = view.random[view.random.length - 1];
    if (announce) {
      this.announce(
        `Trial ${trials} of ${BUDGET}. Best loss: Bayesian optimisation ${best?.toFixed(3)}, random search ${random?.toFixed(3)}. ${nextText(view)}`,
      );
    }
  }
}

if (!customElements.get('bayes-opt')) customElements.define('bayes-opt', BayesOpt);
