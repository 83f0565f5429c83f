import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../../src/lib/publishing/cache-key';

describe('cacheKey', () => {
  it('is stable for equal data and changes when any part changes', () => {
    const page = { digest: 'abc', previous: { id: 'one', title: 'One' } };
    expect(cacheKey(page, ['term-a'])).toBe(cacheKey({ ...page }, ['term-a']));
    expect(cacheKey(page, ['term-a'])).not.toBe(cacheKey({ ...page, previous: { id: 'one', title: 'One!' } }, ['term-a']));
    expect(cacheKey(page, ['term-a'])).not.toBe(cacheKey(page, ['term-b']));
  });

  it('distinguishes dates', () => {
    expect(cacheKey(new Date('2026-01-01'))).not.toBe(cacheKey(new Date('2026-01-02')));
  });
});
