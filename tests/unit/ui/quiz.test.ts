import { describe, expect, it } from 'vitest';
import { choose, emptyState, parseState, score, serialise, storageKey } from '../../../src/lib/ui/quiz';

const ids = ['q1', 'q2', 'q3'] as const;
const optionCounts = { q1: 4, q2: 4, q3: 3 };
const correct = { q1: 1, q2: 2, q3: 0 };

describe('choose', () => {
  it('records an answer without changing the earlier state', () => {
    const before = emptyState();
    const after = choose(before, 'q1', 2);
    expect(before).toEqual({ answers: {} });
    expect(after).toEqual({ answers: { q1: 2 } });
  });

  it('lets a reader change their mind', () => {
    const state = choose(choose(choose(emptyState(), 'q1', 0), 'q2', 3), 'q1', 1);
    expect(state.answers).toEqual({ q1: 1, q2: 3 });
  });

  it('keeps an id named "__proto__" as an ordinary answer', () => {
    const state = choose(emptyState(), '__proto__', 1);
    expect(Object.hasOwn(state.answers, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(state.answers)).toBe(Object.prototype);
  });
});

describe('score', () => {
  it.each<[string, Record<string, number>, { answered: number; correct: number; total: number }]>([
    ['nothing answered', {}, { answered: 0, correct: 0, total: 3 }],
    ['one right', { q1: 1 }, { answered: 1, correct: 1, total: 3 }],
    ['one wrong', { q2: 0 }, { answered: 1, correct: 0, total: 3 }],
    ['all right', { q1: 1, q2: 2, q3: 0 }, { answered: 3, correct: 3, total: 3 }],
    ['a stale answer to a removed question', { q1: 1, old: 0 }, { answered: 1, correct: 1, total: 3 }],
  ])('%s', (_label, answers, expected) => {
    expect(score({ answers }, correct)).toEqual(expected);
  });
});

describe('serialise and parseState', () => {
  it('round-trips', () => {
    const state = choose(choose(emptyState(), 'q1', 3), 'q3', 2);
    expect(parseState(serialise(state), ids, optionCounts)).toEqual(state);
  });

  it.each<[string, string | null, Record<string, number>]>([
    ['nothing stored', null, {}],
    ['an empty string', '', {}],
    ['text that is not JSON', 'q1=2', {}],
    ['truncated JSON', '{"answers":{"q1":', {}],
    ['JSON null', 'null', {}],
    ['a number', '42', {}],
    ['an array', '[1,2]', {}],
    ['an object without answers', '{"q1":1}', {}],
    ['answers as an array', '{"answers":[1,2]}', {}],
    ['answers as a string', '{"answers":"q1"}', {}],
    ['an unknown question id', '{"answers":{"q1":1,"q9":0}}', { q1: 1 }],
    ['an option out of range', '{"answers":{"q1":4,"q3":2}}', { q3: 2 }],
    ['a negative option', '{"answers":{"q1":-1,"q2":0}}', { q2: 0 }],
    ['a fractional option', '{"answers":{"q1":1.5}}', {}],
    ['an option stored as text', '{"answers":{"q1":"1"}}', {}],
    ['an option stored as null', '{"answers":{"q1":null,"q2":1}}', { q2: 1 }],
    ['a "__proto__" key', '{"answers":{"__proto__":{"polluted":1},"q1":0}}', { q1: 0 }],
  ])('drops what it cannot trust: %s', (_label, raw, answers) => {
    const state = parseState(raw, ids, optionCounts);
    expect(state).toEqual({ answers });
    expect(Object.getPrototypeOf(state.answers)).toBe(Object.prototype);
  });

  it('drops an id whose option count is unknown', () => {
    expect(parseState('{"answers":{"q1":0,"q2":0}}', ids, { q1: 4 })).toEqual({ answers: { q1: 0 } });
  });

  it('honours a fourth option only where a question has one', () => {
    const raw = '{"answers":{"q2":3,"q3":3}}';
    expect(parseState(raw, ids, optionCounts)).toEqual({ answers: { q2: 3 } });
  });
});

describe('storageKey', () => {
  it.each([
    ['0004-sensitivity-specificity-precision-and-recall', 'conundra-quiz:0004-sensitivity-specificity-precision-and-recall'],
    ['7', 'conundra-quiz:7'],
  ])('%s → %s', (issueId, key) => {
    expect(storageKey(issueId)).toBe(key);
  });
});
