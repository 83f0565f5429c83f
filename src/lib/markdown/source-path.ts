import path from 'node:path';
import type { VFile } from 'vfile';

/** The file's path as an editor sees it in the repository, for error messages. */
export function sourcePath(file: Pick<VFile, 'path'>): string {
  return file.path ? path.relative(process.cwd(), file.path) || file.path : '<unknown file>';
}

/** "content/x.md:12:3" when the position is known. */
export function sourceLocation(
  file: Pick<VFile, 'path'>,
  position?: { start: { line: number; column: number } },
): string {
  const where = sourcePath(file);
  return position ? `${where}:${position.start.line}:${position.start.column}` : where;
}

/** A build error that Astro prints as it is: the location first, then what to fix. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}
