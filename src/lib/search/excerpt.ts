/**
 * Result excerpts that read as prose. Pagefind's own excerpt is the densest
 * window of matched words, which on a term page often starts in the middle of
 * the title and alias list ("networks Learning rate. Also called step size , eta , …").
 * This one starts at the sentence holding the best match, skips the page's lead
 * (its title and "Also called" line), and puts punctuation back against its word.
 */

/** The parts of a Pagefind result this needs. */
export interface ExcerptSource {
  /** The page's indexed text, as Pagefind split it into words (its `raw_content`, HTML-escaped). */
  raw_content?: string | undefined;
  content: string;
  /** Word positions of the matches. */
  locations: number[];
  /** The same with their weights, when Pagefind gives them. */
  weighted_locations?: { location: number; weight: number; balanced_score: number }[] | undefined;
}

export interface ExcerptPart {
  text: string;
  /** True for a matched word, shown highlighted. */
  match: boolean;
}

const WORD_SEPARATORS = /[^\S\uFEFF]+/;
const SENTENCE_END = /[.!?…]["”’)\]]*$/;

/** Lower-case letters and digits only, for comparing a run of words with a known name. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * How many words at the start of the page are its lead: the title (with the
 * full stop Pagefind adds after a heading) and an "Also called …" line naming
 * the aliases. Excerpts start after it.
 */
export function leadLength(pageWords: readonly string[], title: string, aliases: readonly string[] = []): number {
  let at = 0;
  const skip = (text: string) => {
    const wanted = letters(text);
    if (wanted === '') return;
    let seen = '';
    let i = at;
    while (i < pageWords.length && seen.length < wanted.length) seen += letters(pageWords[i++]!);
    if (seen === wanted) at = i;
  };
  skip(title);
  if (aliases.length > 0) skip(`Also called ${aliases.join(' ')}`);
  return at;
}

/** Spaces that text extraction put before closing punctuation or after opening brackets. */
export function tidySpacing(text: string): string {
  return text
    .replace(/\s+([,.;:!?)\]”’])/g, '$1')
    .replace(/([([“‘])\s+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * The excerpt as text parts: about `length` words, starting at the beginning
 * of the sentence that holds the densest run of matches after the lead, or at
 * the first sentence after the lead when the only matches are in the title.
 */
export function buildExcerpt(
  source: ExcerptSource,
  options: { title: string; aliases?: readonly string[]; length?: number },
): ExcerptPart[] {
  const length = options.length ?? 28;
  const text = source.raw_content ?? source.content.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const pageWords = text.split(WORD_SEPARATORS);
  const lead = leadLength(pageWords, options.title, options.aliases);
  const matched = new Set(source.locations);
  const scores = new Map<number, number>();
  for (const l of source.weighted_locations ?? source.locations.map((location) => ({ location, balanced_score: 1 }))) {
    if (l.location >= lead) scores.set(l.location, (scores.get(l.location) ?? 0) + l.balanced_score);
  }

  // The window of `length` words with the most matched weight, as Pagefind picks it, but never inside the lead.
  let bestStart = lead;
  if (scores.size > 0) {
    const positions = [...scores.keys()].sort((a, b) => a - b);
    let best = -1;
    for (const start of positions) {
      let sum = 0;
      for (const p of positions) if (p >= start && p < start + length) sum += scores.get(p)!;
      if (sum > best) {
        best = sum;
        bestStart = start;
      }
    }
  }
  // Back to the start of that sentence; in a very long sentence, to the start of its clause instead.
  let start = bestStart;
  while (start > lead && !SENTENCE_END.test(pageWords[start - 1]!)) start--;
  let clipped = false;
  if (bestStart - start > length) {
    start = bestStart;
    while (start > lead && bestStart - start < length / 2 && !/[,;:—]$/.test(pageWords[start - 1]!)) start--;
    clipped = true;
  }
  const end = Math.min(pageWords.length, Math.max(start + length, bestStart + 8));

  const parts: ExcerptPart[] = clipped ? [{ text: '… ', match: false }] : [];
  for (let i = start; i < end; i++) {
    const word = pageWords[i]!;
    const match = matched.has(i);
    const previous = parts[parts.length - 1];
    const spaced = i === start ? word : ` ${word}`;
    if (previous && previous.match === match) previous.text += spaced;
    else parts.push({ text: spaced, match });
  }
  if (end < pageWords.length && !SENTENCE_END.test(pageWords[end - 1]!)) parts.push({ text: ' …', match: false });
  return tidyParts(parts);
}

/** Tidies the spacing across parts, so ", " after a highlighted word loses its space like any other. */
function tidyParts(parts: ExcerptPart[]): ExcerptPart[] {
  const tidied = parts.map((p) => ({ ...p }));
  for (let i = 0; i < tidied.length; i++) {
    const part = tidied[i]!;
    // A space that opens a part belongs before it only when the part does not start with closing punctuation.
    part.text = part.text.replace(/\s+([,.;:!?)\]”’])/g, '$1').replace(/([([“‘])\s+/g, '$1');
    if (i > 0 && /^\s+[,.;:!?)\]”’]/.test(part.text)) part.text = part.text.replace(/^\s+/, '');
    if (i > 0 && /[([“‘]$/.test(tidied[i - 1]!.text)) part.text = part.text.replace(/^\s+/, '');
  }
  if (tidied[0]) tidied[0].text = tidied[0].text.replace(/^\s+/, '');
  return tidied.filter((p) => p.text !== '');
}

/** Decodes the few entities in Pagefind's escaped content, for use as a text node. */
export function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
