import { describe, expect, it } from 'vitest';
import { buildExcerpt, leadLength, tidySpacing } from '../../../src/lib/search/excerpt';

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text.trim());

const learningRate =
  'Learning rate. Also called step size , eta , η , learning-rate schedule The size of the step gradient descent takes each time it updates a model’s weights; a hyperparameter that is set before training. Gradient descent improves a model by repeatedly moving its weights a little. The learning rate sets how far each move goes.';
const wordsOf = (s: string) => s.split(/\s+/);
const at = (s: string, word: string) => wordsOf(s).flatMap((w, i) => (w.toLowerCase().startsWith(word) ? [i] : []));

describe('excerpts', () => {
  it('skips the title and the “Also called” line', () => {
    const lead = leadLength(wordsOf(learningRate), 'Learning rate', ['step size', 'eta', 'η', 'learning-rate schedule']);
    expect(wordsOf(learningRate)[lead]).toBe('The');
  });

  it('starts at the sentence that matches, never in the alias list', () => {
    const locations = [...at(learningRate, 'learning'), ...at(learningRate, 'rate')];
    const parts = buildExcerpt(
      { content: learningRate, locations },
      { title: 'Learning rate', aliases: ['step size', 'eta', 'η', 'learning-rate schedule'], length: 20 },
    );
    expect(text(parts)).toMatch(/^The learning rate sets how far each move goes\./);
    expect(marked(parts)).toEqual(['learning rate']);
  });

  it('begins with the definition when only the title matches', () => {
    const parts = buildExcerpt(
      { content: learningRate, locations: [0, 1] },
      { title: 'Learning rate', aliases: ['step size', 'eta', 'η', 'learning-rate schedule'], length: 12 },
    );
    expect(text(parts)).toBe('The size of the step gradient descent takes each time it updates …');
  });

  it('puts punctuation back against its word', () => {
    expect(tidySpacing('step size , eta , η ( eta ) ; done .')).toBe('step size, eta, η (eta); done.');
    const parts = buildExcerpt({ content: 'Intro. Sepsis , then shock .', locations: [1] }, { title: 'Intro' });
    expect(text(parts)).toBe('Sepsis, then shock.');
    expect(marked(parts)).toEqual(['Sepsis']);
  });
});
