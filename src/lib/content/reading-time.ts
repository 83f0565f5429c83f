/** Words a reader covers in a minute of careful, technical reading. */
export const WORDS_PER_MINUTE = 200;

/** Counts words the way a reader would: runs of letters or digits, hyphenated words as one. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read, never less than one for a non-empty text. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
