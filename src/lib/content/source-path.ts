import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';

/** The file's path as an editor sees it in the repository, for error messages. */
export function sourcePath(file: Pick<VFile, 'path'>): string {
  return file.path ? path.relative(process.cwd(), file.path) || file.path : '<unknown file>';
}

/**
 * Lines above the text being processed: Astro hands Markdown to the pipeline
 * without its frontmatter, so positions count from the first body line. Only
 * read on the error path.
 */
function linesBeforeBody(file: Pick<VFile, 'path' | 'value'>): number {
  if (!file.path || typeof file.value !== 'string' || file.value === '') return 0;
  try {
    const source = readFileSync(file.path, 'utf8');
    const at = source.lastIndexOf(file.value);
    // The body is the end of the file, give or take trailing whitespace.
    const isBody = at > 0 && source.slice(at + file.value.length).trim() === '';
    return isBody ? source.slice(0, at).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

/** "content/x.md:12:3" when the position is known, counting lines from the top of the file. */
export function sourceLocation(
  file: Pick<VFile, 'path' | 'value'>,
  position?: { start: { line: number; column: number } },
): string {
  const where = sourcePath(file);
  return position ? `${where}:${position.start.line + linesBeforeBody(file)}:${position.start.column}` : where;
}

/** A build error that Astro prints as it is: the location first, then what to fix. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/**
 * Astro renders Markdown entries while it loads them, and when one fails it logs
 * the error and carries on, which would publish the entry without its text. One
 * message per such entry, so the build can stop; the cause is logged just above.
 */
export function unrenderedErrors(entries: readonly { id: string; filePath?: string | undefined; rendered?: unknown }[]): string[] {
  return entries
    // MDX is compiled by Vite, never while loading, so only .md entries are rendered here.
    .filter((entry) => entry.filePath?.endsWith('.md') && entry.rendered === undefined)
    .map((entry) => `${entry.filePath ?? entry.id}: the Markdown could not be rendered; the reason is logged above ("Error rendering")`);
}
