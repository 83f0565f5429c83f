/**
 * The "Copy as Markdown" button: fetches the Markdown copy and writes it to the
 * clipboard, then says so on the button and in a live region.
 */
async function copy(href: string): Promise<void> {
  const text = fetch(href).then((response) => {
    if (!response.ok) throw new Error(`${response.status}`);
    return response.text();
  });
  // Safari allows a clipboard write after a fetch only when the write starts inside the click.
  if (typeof ClipboardItem !== 'undefined' && 'write' in navigator.clipboard) {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })]);
      return;
    } catch {
      // Fall through to writeText, which some browsers allow when write() is refused.
    }
  }
  await navigator.clipboard.writeText(await text);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-markdown]')) {
  const status = button.parentElement?.querySelector('[role="status"]');
  const label = button.textContent ?? 'Copy as Markdown';
  let reset: ReturnType<typeof setTimeout> | undefined;
  button.hidden = false;
  const onClick = async () => {
    clearTimeout(reset);
    try {
      await copy(button.dataset['copyMarkdown'] ?? '');
      button.textContent = 'Copied';
      if (status) status.textContent = 'The issue is on your clipboard as Markdown.';
    } catch {
      if (status) status.textContent = 'Could not copy: open “View as Markdown” and copy from there.';
    }
    reset = setTimeout(() => (button.textContent = label), 4000);
  };
  button.addEventListener('click', () => void onClick());
}
