import { choose, emptyState, parseState, score, serialise, storageKey, type QuizState } from '../../lib/ui/quiz';

/**
 * <quiz-check>: self-check questions at the end of an issue. Choosing an
 * answer reveals whether it is right and why; answers persist in
 * localStorage per issue and can be reset. Without JavaScript, each answer
 * waits in a <details> element instead.
 */
class QuizCheck extends HTMLElement {
  #state: QuizState = emptyState();
  #key = '';

  connectedCallback(): void {
    this.#key = storageKey(this.dataset.issue ?? location.pathname);
    const questions = this.#questions();
    const ids = questions.map((q) => q.id);
    const counts = Object.fromEntries(questions.map((q) => [q.id, q.querySelectorAll('input[type="radio"]').length]));
    try {
      this.#state = parseState(localStorage.getItem(this.#key), ids, counts);
    } catch {
      this.#state = emptyState();
    }
    this.classList.add('is-interactive');
    this.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => (el.hidden = false));
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const question = input.closest<HTMLElement>('[data-question]');
      if (!question || input.type !== 'radio') return;
      this.#state = choose(this.#state, question.id, Number(input.value));
      this.#save();
      this.#render(question.id);
    });
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
      this.#state = emptyState();
      this.#save();
      this.querySelectorAll<HTMLInputElement>('input[type="radio"]').forEach((r) => (r.checked = false));
      this.#render();
      this.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
    });
    this.#render();
  }

  #questions(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-question]')];
  }

  #save(): void {
    try {
      localStorage.setItem(this.#key, serialise(this.#state));
    } catch {
      // Private browsing may refuse storage; the quiz still works for this visit.
    }
  }

  /** Shows feedback for every answered question; `announce` names the one the reader just answered. */
  #render(announce?: string): void {
    const correctBy: Record<string, number> = {};
    for (const question of this.#questions()) {
      correctBy[question.id] = Number(question.dataset.correct);
      const chosen = this.#state.answers[question.id];
      const feedback = question.querySelector<HTMLElement>('[data-feedback]')!;
      question.querySelectorAll<HTMLElement>('[data-option]').forEach((option, index) => {
        const radio = option.querySelector<HTMLInputElement>('input')!;
        radio.checked = chosen === index;
        option.dataset.state = chosen === undefined ? '' : index === correctBy[question.id] ? 'correct' : index === chosen ? 'wrong' : '';
      });
      if (chosen === undefined) {
        feedback.hidden = true;
        feedback.textContent = '';
        continue;
      }
      const right = chosen === correctBy[question.id];
      const explain = (i: number) => question.querySelector(`[data-explanation="${i}"]`)?.textContent ?? '';
      const answer = (i: number) => question.querySelector(`[data-option="${i}"] [data-text]`)?.textContent ?? '';
      feedback.hidden = false;
      feedback.dataset.state = right ? 'correct' : 'wrong';
      feedback.textContent = right
        ? `Correct. ${explain(chosen)}`
        : `Not quite. ${explain(chosen)} The answer is “${answer(correctBy[question.id] ?? 0)}”: ${explain(correctBy[question.id] ?? 0)}`;
      if (announce !== question.id) feedback.removeAttribute('role');
      else feedback.setAttribute('role', 'status');
    }
    const { answered, correct, total } = score(this.#state, correctBy);
    const summary = this.querySelector('[data-score]');
    if (summary) summary.textContent = answered === 0 ? `${total} questions` : `${correct} of ${total} correct, ${answered} answered`;
  }
}

if (!customElements.get('quiz-check')) customElements.define('quiz-check', QuizCheck);
