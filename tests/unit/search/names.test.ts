import { describe, expect, it } from 'vitest';
import {
  displayName,
  foldSpelling,
  isSurelyTypo,
  isSameName,
  suggestNames,
  termNames,
  termsNamed,
  termsStartingWith,
  toSiteSpelling,
  type NamesMap,
} from '../../../src/lib/search/names';

const term = (title: string, aliases: string[] = []) => ({
  url: `/glossary/${title.toLowerCase().replace(/\W+/g, '-')}/`,
  names: termNames(title, aliases),
});

const map: NamesMap = {
  terms: [
    term('Area under the ROC curve (AUC)', ['AUROC', 'C-statistic']),
    term('Bias (neural networks)', ['bias term']),
    term('Bias–variance trade-off', ['bias-variance tradeoff']),
    term('Hyperparameter', ['tuning parameter', 'hyper-parameter']),
    term('Hyperparameter optimisation', ['hyperparameter tuning', 'HPO']),
    term('k-nearest neighbours', ['kNN', 'k-NN']),
    term('Kernel', ['RBF kernel']),
    term('Neural network', ['ANN']),
    term('Precision (positive predictive value)', ['PPV', 'positive predictive value']),
    term('Negative predictive value (NPV)', ['NPV']),
    term('Regularisation', ['penalisation']),
    term('Reliability diagram', ['calibration plot']),
    term('ROC curve', ['ROC']),
    term('Support vector machine', ['SVM']),
  ],
};

describe('the names a term answers to', () => {
  it('adds the name without its parenthesis, and the parenthesis when it is an abbreviation', () => {
    expect(termNames('Area under the ROC curve (AUC)', ['AUROC'])).toEqual([
      'Area under the ROC curve (AUC)',
      'Area under the ROC curve',
      'AUC',
      'AUROC',
    ]);
    expect(termNames('Bias (neural networks)', [])).toEqual(['Bias (neural networks)', 'Bias']);
  });
});

describe('spelling and plurals', () => {
  it.each([
    ['optimisation', 'optimization'],
    ['regularisation', 'regularization'],
    ['neighbours', 'neighbors'],
    ['modelling', 'modeling'],
    ['labelled', 'labeled'],
    ['anaemia', 'anemia'],
    ['centre', 'center'],
    ['randomised', 'randomized'],
  ])('%s and %s fold to one key', (british, american) => {
    expect(foldSpelling(british)).toBe(foldSpelling(american));
  });

  it('leaves words that only look British alone', () => {
    expect(foldSpelling('precision')).toBe('precision');
    expect(foldSpelling('four')).toBe('four');
    expect(foldSpelling('analysis')).toBe('analysis');
  });

  it.each([
    ['hyperparameters', 'Hyperparameter'],
    ['Hyperparameter optimization', 'Hyperparameter optimisation'],
    ['k-nearest neighbors', 'k-nearest neighbours'],
    ['K NN', 'kNN'],
    ['biases', 'Bias'],
    ['support vector machines', 'Support vector machine'],
    ['SVMs', 'SVM'],
    ['bias variance tradeoff', 'Bias–variance trade-off'],
    ['regularization', 'Regularisation'],
  ])('“%s” names “%s”', (query, name) => {
    expect(isSameName(query, name)).toBe(true);
  });

  it.each([
    ['hyperparameter', 'Hyperparameter optimisation'],
    ['parameter', 'Hyperparameter'],
    ['network', 'Neural network'],
  ])('“%s” does not name “%s”', (query, name) => {
    expect(isSameName(query, name)).toBe(false);
  });

  it('turns American spellings into the site’s before full-text search', () => {
    expect(toSiteSpelling('hyperparameter optimization')).toBe('hyperparameter optimisation');
    expect(toSiteSpelling('k-nearest neighbors')).toBe('k-nearest neighbours');
    expect(toSiteSpelling('Modeling sepsis')).toBe('modelling sepsis');
    expect(toSiteSpelling('size of the prize')).toBe('size of the prize');
    expect(toSiteSpelling('anemia in pediatric patients')).toBe('anaemia in paediatric patients');
  });
});

describe('the names map', () => {
  it('finds the term a query names, and only that one', () => {
    expect(termsNamed(map, 'hyperparameters').map(displayName)).toEqual(['Hyperparameter']);
    expect(termsNamed(map, 'PPV').map(displayName)).toEqual(['Precision (positive predictive value)']);
    expect(termsNamed(map, 'AUC').map(displayName)).toEqual(['Area under the ROC curve (AUC)']);
    expect(termsNamed(map, 'sepsis model')).toEqual([]);
  });

  it('lists the terms that start with one or two letters', () => {
    expect(termsStartingWith(map, 'k').map(displayName)).toEqual(['k-nearest neighbours', 'Kernel']);
    expect(termsStartingWith(map, 'RO').map(displayName)).toEqual(['ROC curve']);
    expect(termsStartingWith(map, '')).toEqual([]);
  });
});

describe('did you mean', () => {
  it.each([
    ['hyperparamter', 'Hyperparameter'],
    ['hyperparamters', 'Hyperparameter'],
    ['reliabilty diagram', 'Reliability diagram'],
    ['suport vector machine', 'Support vector machine'],
    ['regularisaton', 'Regularisation'],
  ])('“%s” suggests “%s” first', (query, name) => {
    expect(suggestNames(map, query)[0]?.name).toBe(name);
  });

  it('suggests nothing for an exact name, or for a query no name is near', () => {
    expect(suggestNames(map, 'hyperparameter')).toEqual([]);
    expect(suggestNames(map, 'sepsis model')).toEqual([]);
    expect(suggestNames(map, 'loss')).toEqual([]);
  });
});

describe('sure typos', () => {
  it('lists the term first only when the slip is small for the length of the query', () => {
    const [hyper] = suggestNames(map, 'hyperparamter');
    expect(hyper && isSurelyTypo(hyper, 'hyperparamter')).toBe(true);
    const [kernel] = suggestNames(map, 'kernal');
    expect(kernel?.name).toBe('Kernel');
    expect(kernel && isSurelyTypo(kernel, 'kernal')).toBe(true);
    const [far] = suggestNames(map, 'suport vectr machine');
    expect(far && isSurelyTypo(far, 'suport vectr machine')).toBe(true);
    const [ann] = suggestNames(map, 'ANT');
    expect(ann && isSurelyTypo(ann, 'ANT')).toBe(false);
  });
});
