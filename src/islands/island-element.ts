import { debounce } from '../lib/util/debounce';

/**
 * What every island element shares: revealing its controls once it runs,
 * writing read-outs, and announcing results through one polite live region,
 * debounced so that dragging a slider does not flood a screen reader.
 */
export abstract class IslandElement extends HTMLElement {
  protected announce = debounce((text: string) => {
    const status = this.querySelector('p[role="status"]');
    if (status) status.textContent = text;
  }, 700);

  /** Controls are server-rendered hidden: without JavaScript they could do nothing. */
  protected revealControls(): void {
    this.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => (el.hidden = false));
  }

  protected setOut(key: string, text: string): void {
    this.querySelectorAll(`[data-out="${key}"]`).forEach((el) => (el.textContent = text));
  }

  protected field<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(name: string): T {
    return this.querySelector<T>(`[name="${name}"]`)!;
  }
}
