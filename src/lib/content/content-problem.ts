/**
 * One mistake in one content file, and the single line an editor reads for it:
 * "content/issues/0002-x.mdx:4: published: expected a date written as YYYY-MM-DD, got \"23/11/2026\"".
 * The build, the dev server's error page and the unit tests all print problems through here.
 */
export interface ContentProblem {
  /** The file as the repository names it, such as content/issues/0002-x.mdx. */
  file: string;
  /** Line in the file (1 is the opening ---), when the field can be found. */
  line?: number | undefined;
  /** The field, as a dotted path such as quiz.0.options, or what is wrong with the file as a whole ("file name"). */
  field?: string | undefined;
  /** What is wrong and what was expected. */
  message: string;
}

export function formatProblem({ file, line, field, message }: ContentProblem): string {
  return `${file}${line === undefined ? '' : `:${line}`}: ${field === undefined ? '' : `${field}: `}${message}`;
}

/** File order, then line order: the order an editor works through them. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** A value as the editor wrote it, for "got …": strings quoted, lists and maps abbreviated. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  return String(value);
}
