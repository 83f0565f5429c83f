import type { z } from 'astro/zod';
import { describeValue, type ContentProblem } from './content-problem';
import { closestMatch } from '../util/suggest';

type Issue = z.core.$ZodIssue;

/** The value at a path of the parsed frontmatter, to say what the editor wrote. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number written without quotes',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list such as ["a", "b"]',
  object: 'a set of fields',
  date: 'a date written as YYYY-MM-DD',
};

function sizeOf(issue: Issue & { origin?: string }, limit: number | bigint): string {
  const n = Number(limit);
  if (issue.origin === 'string') return `${n} character${n === 1 ? '' : 's'}`;
  if (issue.origin === 'array') return `${n} item${n === 1 ? '' : 's'}`;
  return String(n);
}

/** What went wrong, in the editor's words; schema messages written for editors are kept as they are. */
function explain(issue: Issue, got: unknown): string {
  const custom = !/^(Invalid|Too (big|small)|Expected)\b/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (got === undefined) return `required, but missing (expected ${typeNames[issue.expected] ?? issue.expected})`;
      if (custom) return `${issue.message}, got ${describeValue(got)}`;
      return `expected ${typeNames[issue.expected] ?? issue.expected}, got ${describeValue(got)}`;
    case 'too_small':
      if (custom) return issue.message;
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'expected some text, got an empty value';
      return `expected at least ${sizeOf(issue, issue.minimum)}, got ${Array.isArray(got) ? `${got.length}` : describeValue(got)}`;
    case 'too_big':
      if (custom) return `${issue.message} (got ${typeof got === 'string' ? got.length : Array.isArray(got) ? got.length : describeValue(got)})`;
      return `expected at most ${sizeOf(issue, issue.maximum)}, got ${Array.isArray(got) ? got.length : typeof got === 'string' ? got.length : describeValue(got)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(got)}`;
    case 'invalid_format':
      return custom ? `${issue.message}, got ${describeValue(got)}` : `expected a valid ${issue.format}, got ${describeValue(got)}`;
    case 'unrecognized_keys':
      return ''; // one problem per key, below
    default:
      return custom ? issue.message : `${issue.message}, got ${describeValue(got)}`;
  }
}

/**
 * Zod's issues for one file as one problem each, with the line of the field.
 * `knownFields` gives, for an object at a path, the fields it allows, for "did you mean".
 */
export function schemaProblems(
  file: string,
  issues: readonly Issue[],
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  knownFields: (path: readonly PropertyKey[]) => readonly string[] = () => [],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      const allowed = knownFields(path);
      for (const key of issue.keys) {
        const near = closestMatch(key, allowed);
        const field = [...path, key].join('.');
        problems.push({
          file,
          line: lineOf([...path, key]),
          field,
          message: `unknown field, which the site would ignore (${near ? `did you mean '${near}'?` : `expected one of ${allowed.join(', ')}`})`,
        });
      }
      continue;
    }
    const got = valueAt(data, path);
    problems.push({ file, line: lineOf(path), field: path.length > 0 ? path.join('.') : undefined, message: explain(issue, got) });
  }
  return problems;
}
