/**
 * State for the self-check quiz island, kept pure so that the island only
 * renders it and writes it to localStorage.
 */

export interface QuizState {
  /** Question id → index of the chosen option. */
  answers: Record<string, number>;
}

export function emptyState(): QuizState {
  return { answers: {} };
}

/**
 * Records a choice, replacing any earlier one: a self-check should let a
 * reader change their mind after reading the explanation.
 */
export function choose(state: QuizState, questionId: string, option: number): QuizState {
  // A computed key always makes an own property, even for "__proto__".
  return { answers: { ...state.answers, [questionId]: option } };
}

/**
 * Counts only the questions in `correctByQuestion`, so answers kept from an
 * older version of an issue cannot inflate the score.
 */
export function score(state: QuizState, correctByQuestion: Record<string, number>): { answered: number; correct: number; total: number } {
  let answered = 0;
  let correct = 0;
  const ids = Object.keys(correctByQuestion);
  for (const id of ids) {
    if (!Object.hasOwn(state.answers, id)) continue;
    answered += 1;
    if (state.answers[id] === correctByQuestion[id]) correct += 1;
  }
  return { answered, correct, total: ids.length };
}

export function serialise(state: QuizState): string {
  return JSON.stringify({ answers: state.answers });
}

/**
 * Reads stored state back. Storage is outside our control (another version of
 * the site, a hand edit, a truncated write), so anything unrecognised is
 * dropped: unknown question ids, options that are not whole numbers within
 * the question's range, or text that is not JSON at all. It never throws.
 */
export function parseState(raw: string | null, questionIds: readonly string[], optionCounts: Record<string, number>): QuizState {
  if (raw === null) return emptyState();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return emptyState();
  }
  if (typeof parsed !== 'object' || parsed === null || !('answers' in parsed)) return emptyState();
  const stored: unknown = parsed.answers;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return emptyState();
  const kept: [string, number][] = [];
  for (const id of questionIds) {
    if (!Object.hasOwn(stored, id) || !Object.hasOwn(optionCounts, id)) continue;
    const option: unknown = (stored as Record<string, unknown>)[id];
    const count = optionCounts[id] ?? 0;
    if (typeof option === 'number' && Number.isInteger(option) && option >= 0 && option < count) {
      kept.push([id, option]);
    }
  }
  // fromEntries defines own properties, so an id such as "__proto__" cannot
  // reach the prototype as plain assignment would.
  return { answers: Object.fromEntries(kept) };
}

export function storageKey(issueId: string): string {
  return `conundra-quiz:${issueId}`;
}
