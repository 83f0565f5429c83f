/** Pure helpers over newsletter issues: slugs, ordering, neighbours, and number checks. */

export interface IssueLike {
  id: string;
  filePath?: string | undefined;
  data: { series: string; number: number; published: Date; title: string };
}

/** "0001-parameters-and-hyperparameters" → "parameters-and-hyperparameters": the number prefix only orders files. */
export function issueSlug(id: string): string {
  return id.replace(/^\d+[-_]/, '');
}

/** Newest first; within a day, the higher issue number first. */
export function byNewest<T extends IssueLike>(a: T, b: T): number {
  return b.data.published.getTime() - a.data.published.getTime() || b.data.number - a.data.number;
}

/** Series order: issue 1, 2, 3… */
export function bySeriesNumber<T extends IssueLike>(a: T, b: T): number {
  // Same-series pairs are the usual case and need no collation.
  return a.data.series === b.data.series ? a.data.number - b.data.number : a.data.series.localeCompare(b.data.series);
}

/** The previous and next issue in the same series, by number. */
export function seriesNeighbours<T extends IssueLike>(issue: T, all: readonly T[]): { previous?: T; next?: T } {
  const series = all.filter((i) => i.data.series === issue.data.series).sort(bySeriesNumber);
  const index = series.findIndex((i) => i.id === issue.id);
  const previous = index > 0 ? series[index - 1] : undefined;
  const next = index >= 0 && index < series.length - 1 ? series[index + 1] : undefined;
  return { ...(previous && { previous }), ...(next && { next }) };
}

/** Every clash of issue numbers within a series, as messages an editor can act on. */
export function duplicateNumberErrors(issues: readonly IssueLike[]): string[] {
  const seen = new Map<string, IssueLike>();
  const errors: string[] = [];
  for (const issue of [...issues].sort((a, b) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id))) {
    const key = `${issue.data.series}#${issue.data.number}`;
    const first = seen.get(key);
    if (first) {
      errors.push(
        `${issue.filePath ?? issue.id}: number ${issue.data.number} is already used in series '${issue.data.series}' by ${first.filePath ?? first.id} (expected a number no other issue in the series has)`,
      );
    } else {
      seen.set(key, issue);
    }
  }
  return errors;
}

export function groupByYear<T extends IssueLike>(issues: readonly T[]): { year: number; issues: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const issue of [...issues].sort(byNewest)) {
    const year = issue.data.published.getUTCFullYear();
    groups.set(year, [...(groups.get(year) ?? []), issue]);
  }
  return [...groups].map(([year, list]) => ({ year, issues: list }));
}

/** "Conundra #1": how an issue is named in lists, cards and search results. */
export function issueLabel(seriesName: string, number: number): string {
  return `${seriesName} #${number}`;
}
