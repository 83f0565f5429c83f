import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencedTermSlugs } from '../../../src/lib/content/glossary';

/**
 * Issue one carries the source article it was written from. Each example the
 * article gives of a parameter or a hyperparameter, and each tuning idea it
 * names, must stay linked to its glossary term, so a later edit cannot drop one
 * without this test saying which.
 */
const issueOne = readFileSync(path.resolve(import.meta.dirname, '../../../content/issues/0001-parameters-and-hyperparameters.mdx'), 'utf8');
const linked = new Set(referencedTermSlugs(issueOne));

const seed = {
  'parameter examples': {
    'coefficients in linear or logistic regression': ['coefficient', 'linear-regression', 'logistic-regression'],
    'split points in decision trees': ['split-point', 'decision-tree'],
    'support vectors in support vector machines': ['support-vector', 'support-vector-machine'],
    'weights and biases in neural networks': ['weight', 'bias', 'neural-network'],
  },
  'hyperparameter examples': {
    'shrinkage factor in ridge regression': ['shrinkage', 'ridge-regression'],
    'depth of trees': ['tree-depth'],
    'kernel in support vector machines': ['kernel'],
    'k in k-nearest neighbours': ['k-nearest-neighbours'],
    'number of hidden layers and nodes per layer': ['hidden-layer', 'node'],
    'learning rate': ['learning-rate'],
    'type of activation function': ['activation-function'],
    dropout: ['dropout'],
    'batch size': ['batch-size'],
    momentum: ['momentum'],
    'weight decay': ['weight-decay'],
  },
  'tuning, as the article names it': {
    'parameters and hyperparameters themselves': ['parameter', 'hyperparameter'],
    'hyperparameter tuning or optimisation': ['hyperparameter-optimisation'],
    'grid search and the curse of dimensionality': ['grid-search', 'curse-of-dimensionality'],
    'random search': ['random-search'],
    'Bayesian optimisation': ['bayesian-optimisation'],
    'relying on default values': ['default-value'],
  },
};

describe.each(Object.entries(seed))('issue one links every seed %s', (_group, examples) => {
  it.each(Object.entries(examples))('%s', (_example, slugs) => {
    expect(slugs.filter((slug) => !linked.has(slug))).toEqual([]);
  });
});

it('opens with the seed’s epigraph, quoted exactly', () => {
  expect(issueOne).toMatch(/epigraph:\s*\n\s*text: "Be confused\. It is where you begin to learn new things\."\s*\n\s*author: "S\.C\. Lourie"/);
});
