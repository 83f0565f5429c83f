import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean } from '../../../src/lib/util/suggest';

const slugs = ['lasso', 'learning-rate', 'hyperparameter', 'parameter', 'k-nearest-neighbours'];

describe('closest slug', () => {
  it.each([
    ['hyperparamter', 'hyperparameter'],
    ['learning_rate', 'learning-rate'],
    ['k-nearest-neighbors', 'k-nearest-neighbours'],
    ['laso', 'lasso'],
  ])('suggests %s → %s', (typo, expected) => {
    expect(closestMatch(typo, slugs)).toBe(expected);
    expect(didYouMean(typo, slugs)).toBe(`did you mean '${expected}'?`);
  });

  it('suggests nothing when no slug is plausibly meant', () => {
    expect(closestMatch('transformer-architecture', slugs)).toBeUndefined();
    expect(didYouMean('transformer-architecture', slugs)).toBe('no existing slug is close');
  });
});
