import { isTypingTarget } from '../../lib/search/shortcut';
import type { SiteSearch } from './element';

/**
 * The only search code every page loads: it opens the dialog from the header
 * button, "/" or Ctrl/⌘+K. The search element, Pagefind and the names map start
 * loading at the first sign of intent (the pointer on the button, focus on it,
 * or a shortcut), never with the page.
 */
const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');

let element: Promise<unknown> | undefined;
function warm(): Promise<unknown> {
  element ??= import('./element').then((m) => m.preloadSearch());
  return element;
}

async function open(): Promise<void> {
  if (!dialog || dialog.open) return;
  await warm();
  dialog.showModal();
  dialog.querySelector<SiteSearch>('site-search')?.focusField();
}

if (dialog && button) {
  button.hidden = false;
  button.addEventListener('click', () => void open());
  for (const intent of ['pointerenter', 'pointerdown', 'focus']) button.addEventListener(intent, () => void warm());
  document.addEventListener('keydown', (event) => {
    const shortcut = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey);
    const slash =
      event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isTypingTarget(event.target as HTMLElement | null);
    if (!shortcut && !slash) return;
    event.preventDefault();
    void open();
  });
  // A click on the backdrop (the dialog element itself, outside its panel) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => button.focus());
}
