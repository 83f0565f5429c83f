/** True when a key press happens where the reader is typing, so a single-key shortcut must not fire. */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (!target || typeof target.tagName !== 'string') return false;
  return target.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
