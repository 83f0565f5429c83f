/**
 * The "Copy as Markdown" button: fetches the Markdown copy and writes it to the
 * clipboard, then says so on the button and in a live region. The copy is
 * fetched as soon as the pointer or focus reaches the button, so the write
 * happens inside the click, as Safari requires.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-markdown]')) {
  const status = button.parentElement?.querySelector('[role="status"]');
  const label = button.textContent ?? 'Copy as Markdown';
  let markdown: Promise<string> | undefined;
  let reset: ReturnType<typeof setTimeout> | undefined;
  const load = () => {
    markdown ??= fetch(button.dataset['copyMarkdown'] ?? '').then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.text();
    });
    markdown.catch(() => (markdown = undefined));
    return markdown;
  };
  const onClick = async () => {
    clearTimeout(reset);
    try {
      await navigator.clipboard.writeText(await load());
      button.textContent = 'Copied';
      if (status) status.textContent = 'The issue is on your clipboard as Markdown.';
    } catch {
      if (status) status.textContent = 'Could not copy: open “View as Markdown” and copy from there.';
    }
    reset = setTimeout(() => (button.textContent = label), 4000);
  };
  button.hidden = false;
  for (const intent of ['pointerenter', 'focus']) button.addEventListener(intent, () => void load().catch(() => undefined));
  button.addEventListener('click', () => void onClick());
}
