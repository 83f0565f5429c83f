import { expect, it } from 'vitest';
import { formatDate, isDifferentDay, isoDay } from '../../../src/lib/util/dates';

it('writes dates as a British journal does, in UTC', () => {
  expect(formatDate(new Date('2026-11-23'))).toBe('23 November 2026');
  expect(isoDay(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
});

it('shows an updated date only when it is another day', () => {
  const published = new Date('2026-11-23');
  expect(isDifferentDay(published, undefined)).toBe(false);
  expect(isDifferentDay(published, new Date('2026-11-23T18:00:00Z'))).toBe(false);
  expect(isDifferentDay(published, new Date('2026-12-01'))).toBe(true);
});
