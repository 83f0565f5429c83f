import { isTypingTarget } from '../../lib/search/shortcut';
import type { SiteSearch } from './element';

/**
 * The only search code every page loads: it opens the dialog from the header
 * button, "/" or Ctrl/⌘+K, and fetches the search element (and, through it,
 * Pagefind) the first time the dialog opens.
 */
const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');

async function open(): Promise<void> {
  if (!dialog || dialog.open) return;
  await import('./element');
  dialog.showModal();
  dialog.querySelector<SiteSearch>('site-search')?.focusField();
}

if (dialog && button) {
  button.hidden = false;
  button.addEventListener('click', () => void open());
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
