import type { AcquisitionKind } from '../../lib/stats/acquisition';
import { IslandElement } from '../island-element';
import type { Observation } from '../../lib/stats/bayes-opt';
import { BUDGET, boView, initialObservations, nextObservations, PARAMETER } from './model';
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

  get #kind(): AcquisitionKind {
    return this.field('kind').value as AcquisitionKind;
  }

  #step(): boolean {
    if (this.#observations.length >= BUDGET) return false;
    this.#observations = nextObservations(boView(this.#observations, this.#kind, this.#param()));
    this.#draw(true);
    return this.#observations.length < BUDGET;
  }

  #param(): number {
    return Number(this.field('param').value);
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
    const kind = this.#kind;
    const param = this.#param();
    const view = boView(this.#observations, kind, param);
    const p = PARAMETER[kind];
    this.setOut('param-label', p.label);
    this.setOut('param', String(param));
    this.field('param').setAttribute('aria-valuetext', `${p.label} ${param}`);
    const showTruth = (this.field('truth') as HTMLInputElement).checked;
    this.querySelector('[data-chart="surrogate"]')!.innerHTML = surrogateSvg(view.state, 'bo-s', showTruth);
    this.querySelector('[data-chart="acquisition"]')!.innerHTML = acquisitionSvg(view.state, kind, 'bo-a');
    this.querySelector('[data-chart="best"]')!.innerHTML = bestSoFarSvg(view.bo, view.random, 'bo-b');
    const trials = this.#observations.length;
    this.setOut('trials', `${trials} of ${BUDGET}`);
    this.#button('next').disabled = trials >= BUDGET;
    const best = view.bo[view.bo.length - 1];
    const random = view.random[view.random.length - 1];
    if (announce) {
      this.announce(
        `Trial ${trials} of ${BUDGET}. Best loss: Bayesian optimisation ${best?.toFixed(3)}, random search ${random?.toFixed(3)}. ` +
          `Next trial at a learning rate of 10 to the ${view.state.next.toFixed(2)}.`,
      );
    }
  }
}

if (!customElements.get('bayes-opt')) customElements.define('bayes-opt', BayesOpt);
