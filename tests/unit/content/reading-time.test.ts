import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/content/reading-time';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Parameters are learned.', 3],
    ['k-nearest neighbours', 2],
    ["the model's weights", 3],
    ['A 95% chance in 59 trials', 6],
    ['Régularisation, naïvement', 2],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 0],
    [1, 1],
    [199, 1],
    [300, 2],
    [1800, 9],
  ])('%i words take %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
