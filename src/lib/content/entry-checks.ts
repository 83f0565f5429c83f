/**
 * Checks of one content file that its schema cannot express: fields that contradict
 * each other or the file's own name. Each returns problems; an empty list means the file is consistent.
 */
import type { ContentProblem } from './content-problem';

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** updated before published says the piece was revised before it existed. */
export function dateOrderProblems(file: string, data: { published?: Date | undefined; updated?: Date | undefined }, lineOf: LineOf): ContentProblem[] {
  const { published, updated } = data;
  if (!published || !updated || updated.getTime() >= published.getTime()) return [];
  return [
    {
      file,
      line: lineOf(['updated']),
      field: 'updated',
      message: `${day(updated)} is before published (${day(published)}); expected a date on or after the publication date`,
    },
  ];
}

/** "0002-fixture" claims number 2; a number field of 5 would order and label the issue differently from its file. */
export function fileNumberProblems(file: string, id: string, data: { number: number }, lineOf: LineOf): ContentProblem[] {
  const prefix = /^(\d+)[-_]/.exec(id.split('/').at(-1) ?? id)?.[1];
  if (prefix === undefined || Number(prefix) === data.number) return [];
  return [
    {
      file,
      line: lineOf(['number']),
      field: 'number',
      message: `${data.number} does not match the file name, which starts ${prefix}; expected the number the file name gives, or rename the file`,
    },
  ];
}

/** A term that names itself as related, repeats a related slug, or lists its own name as an alias. */
export function termSelfReferenceProblems(
  file: string,
  slug: string,
  data: { term: string; aliases: readonly string[]; related: readonly string[] },
  lineOf: LineOf,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  data.related.forEach((related, i) => {
    if (related === slug) {
      problems.push({ file, line: lineOf(['related', i]), field: `related.${i}`, message: `'${related}' is this term itself; expected the slugs of other terms` });
    } else if (data.related.indexOf(related) !== i) {
      problems.push({ file, line: lineOf(['related', i]), field: `related.${i}`, message: `'${related}' is listed twice; expected each related term once` });
    }
  });
  // Exact spelling only: "LASSO" beside "Lasso", or "kNN" beside "KNN", are variants readers search for.
  const seen = new Set([data.term.trim()]);
  data.aliases.forEach((alias, i) => {
    const key = alias.trim();
    if (key === data.term.trim()) {
      problems.push({ file, line: lineOf(['aliases', i]), field: `aliases.${i}`, message: `'${alias}' is the term's own name ('${data.term}'); expected other names or abbreviations` });
    } else if (seen.has(key)) {
      problems.push({ file, line: lineOf(['aliases', i]), field: `aliases.${i}`, message: `'${alias}' repeats another alias of this term; expected each alias once` });
    }
    seen.add(key);
  });
  return problems;
}
