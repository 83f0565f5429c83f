/** Dates are written the way a British medical journal would, and computed in UTC so builds agree everywhere. */
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** YYYY-MM-DD, for <time datetime> and structured data. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An "Updated" date is worth showing only when it names a different day. */
export function isDifferentDay(a: Date, b: Date | undefined): b is Date {
  return b !== undefined && isoDay(a) !== isoDay(b);
}
