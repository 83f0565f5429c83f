import { describe, expect, it } from 'vitest';
// The timing bounds are generous on purpose: a hang never returns, and CI machines are busy.
import { GARBAGE, nonFinite, timed } from './finite';
import * as ss from '../../../src/islands/search-strategies/model';
import { ecdfSvg, panelSvg } from '../../../src/islands/search-strategies/render';
import * as bo from '../../../src/islands/bayes-opt/model';
import { acquisitionSvg, bestSoFarSvg, surrogateSvg } from '../../../src/islands/bayes-opt/render';
import * as de from '../../../src/islands/dimension-explosion/model';
import { barsSvg } from '../../../src/islands/dimension-explosion/render';
import * as pe from '../../../src/islands/prevalence-explorer/model';
import { barSvg } from '../../../src/islands/prevalence-explorer/render';
import * as roc from '../../../src/islands/roc-threshold/model';
import * as rd from '../../../src/islands/reliability-diagram/model';
import { repeatSearches } from '../../../src/lib/stats/search-layouts';
import { mulberry32 } from '../../../src/lib/stats/prng';

/** Slider positions across a range, its ends included, plus everything a reader should never manage to give. */
const sweep = (low: number, high: number, steps = 10) => [
  ...Array.from({ length: steps + 1 }, (_, i) => low + ((high - low) * i) / steps),
  ...GARBAGE,
];

describe('search-strategies model', () => {
  it.each(sweep(0, 120, 12))('budget %d at every importance draws finite figures', (budget) => {
    for (const importance of sweep(0, 1, 4)) {
      const { result: view, ms } = timed(() => ss.strategiesView({ seed: 20120213, budget, importance }));
      expect(ms).toBeLessThan(3000);
      expect(view.state.budget).toBeGreaterThanOrEqual(4);
      expect(view.state.budget).toBeLessThanOrEqual(100);
      expect(nonFinite(view)).toEqual([]);
      expect(nonFinite([panelSvg(view, 'grid', 'g'), panelSvg(view, 'random', 'r'), ss.summaryText(view)])).toEqual([]);
      expect(nonFinite([ss.importanceText(importance), ss.yAxisText(importance)])).toEqual([]);
    }
  });

  it('survives garbage seeds', () => {
    for (const seed of GARBAGE) expect(nonFinite(ss.strategiesView({ seed, budget: 9, importance: 0 }))).toEqual([]);
  });

  it('repeated searches at the extremes stay finite', () => {
    for (const budget of [4, 100]) {
      const view = ss.strategiesView({ seed: 1, budget, importance: 1 });
      const summary = repeatSearches(view.state.budget, view.state.importance, 200, mulberry32(1));
      expect(nonFinite([ecdfSvg(summary, 'e'), ss.repeatText(summary, view, 200)])).toEqual([]);
    }
  });

  it('the solver answers every typed value at once, tiny q included (SS-1)', () => {
    for (const q of [...GARBAGE, 1e-14, 1e-16, 0.05, 5, 99, 100, 150]) {
      for (const p of [...GARBAGE, 1, 50, 95, 99.9, 100]) {
        const { result, ms } = timed(() => ss.solverView(q, p));
        expect(ms).toBeLessThan(1000);
        expect(nonFinite(result.text)).toEqual([]);
        if (Number.isFinite(q) && Number.isFinite(p)) expect(result.trials).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('words the solver in one pattern, singular for one trial, never "100.0%"', () => {
    expect(ss.solverView(5, 95).text).toBe('59 random trials for a 95% chance of one in the best 5%; the exact chance is 95.2%.');
    expect(ss.solverView(50, 10).text).toMatch(/^1 random trial for a 10% chance/);
    expect(ss.solverView(99, 99.9).text).toMatch(/the exact chance is > 99\.9%\.$/);
    expect(ss.solverView(1e-14, 95).text).toMatch(/^2,995 random trials .*best 0\.1% \(using the nearest values the figure allows\)/);
    expect(ss.solverView(Number.NaN, 95).trials).toBeUndefined();
  });

  it('describes the importance of y from h’s real amplitude (SS-5) and labels the axis to match (SS-4)', () => {
    expect(ss.importanceText(0)).toBe('y barely matters (5% as much as x)');
    expect(ss.importanceText(0.5)).toBe('y matters 53% as much as x');
    expect(ss.importanceText(1)).toBe('both matter equally');
    expect(ss.yAxisText(1)).toBe('y (matters as much as x) →');
    expect(ss.yAxisText(0)).toBe('y (barely matters) →');
  });

  it('keeps the anchor in a shared address (EX-4)', () => {
    const state = { seed: 5, budget: 16, importance: 0.5 };
    const hash = ss.stateToHash(state, 'grid-vs-random');
    expect(hash).toBe('grid-vs-random&seed=5&budget=16&importance=0.5');
    expect(ss.anchorFromHash(`#${hash}`)).toBe('grid-vs-random');
    expect(ss.anchorFromHash('#seed=5&budget=16')).toBe('');
    expect(ss.stateFromHash(`#${hash}`, ss.INITIAL_STATE)).toEqual(state);
  });
});

describe('bayes-opt model', () => {
  const kinds = ['ei', 'pi', 'ucb', 'nonsense', ''];

  it.each(kinds)('kind %s at every parameter value draws finite figures', (kind) => {
    for (const param of sweep(0, 4, 4)) {
      const { result: view, ms } = timed(() => bo.boView(bo.initialObservations(), kind, param));
      expect(ms).toBeLessThan(3000);
      expect(nonFinite([view.kind, view.param, view.state.next, view.state.acquisition, view.bo, view.random])).toEqual([]);
      expect(nonFinite([surrogateSvg(view, 's', true), acquisitionSvg(view, 'a'), bestSoFarSvg(view, 'b'), bo.nextText(view)])).toEqual([]);
    }
  });

  it.each(['ei', 'pi', 'ucb'] as const)('%s runs to the budget at both ends of its parameter, then stops', (kind) => {
    for (const param of [bo.PARAMETER[kind].min, bo.PARAMETER[kind].max]) {
      let observations = bo.initialObservations();
      for (let i = 0; i < bo.BUDGET + 3; i += 1) observations = bo.nextObservations(bo.boView(observations, kind, param));
      const view = bo.boView(observations, kind, param);
      expect(view.state.observations).toHaveLength(bo.BUDGET);
      expect(view.done).toBe(true);
      expect(bo.nextText(view)).toBe('Budget spent: all 15 trials run.');
      expect(acquisitionSvg(view, 'a')).not.toContain('bo-next');
      expect(nonFinite([surrogateSvg(view, 's', false), acquisitionSvg(view, 'a'), bestSoFarSvg(view, 'b')])).toEqual([]);
    }
  });

  it('ignores trials it cannot show', () => {
    const view = bo.boView(
      [
        { x: Number.NaN, y: 1 },
        { x: 99, y: 0.5 },
        { x: -2, y: Infinity },
      ],
      'ei',
      0.01,
    );
    expect(view.state.observations).toEqual([{ x: 0, y: 0.5 }]);
    expect(nonFinite(surrogateSvg(view, 's', true))).toEqual([]);
  });

  it('says when the proposal repeats a trial (BO-3)', () => {
    let observations = bo.initialObservations();
    for (let i = 0; i < 4; i += 1) observations = bo.nextObservations(bo.boView(observations, 'pi', 0));
    const view = bo.boView(observations, 'pi', 0);
    expect(view.repeat).toBe(true);
    expect(bo.nextText(view)).toMatch(/already tried: no exploration left/);
  });

  it('plots −LCB scaled to its own range, labelled as such (BO-1)', () => {
    const view = bo.boView(bo.initialObservations(), 'ucb', 2);
    const svg = acquisitionSvg(view, 'a');
    expect(svg).toContain('−LCB = κσ − μ (higher = try next)');
    // The peak touches the top of the plot (y = 10), not somewhere below a top pinned at 0.
    const ys = [...(/class="bo-acq" points="([^"]+)"/.exec(svg)?.[1] ?? '').matchAll(/,(-?[\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBeCloseTo(10, 5);
  });

  it('gives learning rates as decimals as well as powers of ten (BO-5)', () => {
    expect(bo.rateText(-2.3)).toBe('10⁻²·³⁰ ≈ 0.0050');
    expect(bo.rateSpoken(-2.3)).toBe('about 0.0050 (10 to the power −2.30)');
    expect(bo.rateDecimal(0)).toBe('1.0');
    expect(bo.rateDecimal(-5)).toBe('0.000010');
  });
});

describe('dimension-explosion model', () => {
  it.each(sweep(0, 14, 14))('%d hyperparameters at every k and run time stays finite', (d) => {
    for (const k of sweep(0, 12, 12)) {
      for (const minutes of [...de.MINUTE_CHOICES, ...GARBAGE]) {
        const view = de.dimensionView({ hyperparameters: d, values: k, minutesPerRun: minutes });
        expect(nonFinite(view)).toEqual([]);
        expect(view.barFraction).toBeGreaterThanOrEqual(0);
        expect(view.barFraction).toBeLessThanOrEqual(1);
      }
    }
    expect(nonFinite(barsSvg(de.dimensionView({ hyperparameters: d, values: 10, minutesPerRun: 240 }), 'b'))).toEqual([]);
  });

  it('uses the singular for one minute (DE-1)', () => {
    expect(de.dimensionView({ hyperparameters: 6, values: 5, minutesPerRun: 1 }).summary).toContain('at 1 minute each');
    expect(de.dimensionView({ hyperparameters: 6, values: 5, minutesPerRun: 2 }).summary).toContain('at 2 minutes each');
  });
});

describe('prevalence-explorer model', () => {
  const cells = (c: { tp: number; fp: number; fn: number; tn: number }) => c.tp + c.fp + c.fn + c.tn;

  it('every reachable setting gives a table that adds up, column by column (PE-1)', () => {
    for (const prevalence of pe.PREVALENCES) {
      for (let se = 50; se <= 99; se += 1) {
        for (let sp = 50; sp <= 99; sp += 7) {
          const view = pe.prevalenceView({ prevalence, sensitivity: se / 100, specificity: sp / 100 });
          expect(cells(view.counts)).toBe(pe.POPULATION);
          expect(view.diseased).toBe(Math.round(pe.POPULATION * prevalence));
          expect(view.counts.tp + view.counts.fn).toBe(view.diseased);
          expect(view.counts.fp + view.counts.tn).toBe(view.healthy);
          expect(view.npv).not.toBe('100.0%');
          expect(view.ppv).not.toBe('100.0%');
        }
      }
    }
  });

  it('prints "> 99.9%" where the NPV would round to 100.0% (PE-2)', () => {
    const view = pe.prevalenceView({ prevalence: 0.001, sensitivity: 0.51, specificity: 0.99 });
    expect(view.npv).toBe('> 99.9%');
    expect(view.counts.fn).toBe(5);
  });

  it.each([...GARBAGE, 0.001, 0.5, 0.7, 1])('prevalence %d with garbage accuracy stays finite', (prevalence) => {
    for (const se of [...GARBAGE, 0.5, 0.99, 1]) {
      const view = pe.prevalenceView({ prevalence, sensitivity: se, specificity: se });
      expect(nonFinite(view)).toEqual([]);
      expect(nonFinite(barSvg(view, 'b'))).toEqual([]);
      expect(cells(view.counts)).toBe(pe.POPULATION);
    }
    expect(nonFinite(pe.prevalenceAt(prevalence))).toEqual([]);
  });

  it('puts the "true" label under the bar when its segment is too narrow (PE-4)', () => {
    expect(barSvg(pe.prevalenceView(pe.INITIAL_STATE), 'b')).toContain('↑ 90 true');
    expect(barSvg(pe.prevalenceView({ prevalence: 0.5, sensitivity: 0.9, specificity: 0.9 }), 'b')).not.toContain('↑ 4,500 true');
  });
});

describe('roc-threshold model', () => {
  it('opens on issue 5’s worked example, exactly (ROC-2)', () => {
    const view = roc.rocView(0);
    expect(view.threshold).toBeCloseTo(1.2816, 4);
    expect(view.counts).toEqual({ tp: 140, fp: 980, fn: 60, tn: 8_820 });
    expect([view.sensitivity, view.specificity, view.precision, view.accuracy]).toEqual(['70.0%', '90.0%', '12.5%', '89.6%']);
    expect(roc.AUC_TEXT).toBe('0.90');
    expect(view.desc).toContain('false positive rate of 10.0% (specificity 90.0%) and a true positive rate of 70.0%');
  });

  it('every position gives a table that adds up, and rates from the exact counts (ROC-1)', () => {
    for (let position = roc.POSITION_RANGE[0]; position <= roc.POSITION_RANGE[1]; position += 1) {
      const view = roc.rocView(position);
      expect(view.counts.tp + view.counts.fp + view.counts.fn + view.counts.tn).toBe(roc.POPULATION);
      expect(view.sepsis).toBe(200);
      for (const text of [view.sensitivity, view.specificity, view.precision, view.accuracy]) expect(text).not.toMatch(/^(100\.0|0\.0)%$/);
      // The description speaks of the same rates the table shows.
      expect(view.desc).toContain(`true positive rate of ${view.sensitivity}`);
      expect(view.desc).toContain(`(specificity ${view.specificity})`);
    }
    expect(roc.rocView(roc.POSITION_RANGE[0]).sensitivity).toBe('> 99.9%');
    expect(roc.rocView(roc.POSITION_RANGE[1]).precision).not.toBe('100.0%');
  });

  it.each([...GARBAGE, 0.5, -33, 27, 100])('position %d stays on the curve', (position) => {
    const view = roc.rocView(position);
    expect(view.position).toBeGreaterThanOrEqual(roc.POSITION_RANGE[0]);
    expect(view.position).toBeLessThanOrEqual(roc.POSITION_RANGE[1]);
    expect(nonFinite(view)).toEqual([]);
    expect(nonFinite(roc.rocSvg(view, 'r'))).toEqual([]);
  });

  it('groups thousands in the status (ROC-4)', () => {
    expect(roc.rocView(roc.POSITION_RANGE[0]).summary).toMatch(/\d,\d{3} alerts per 10,000 admissions/);
  });
});

describe('reliability-diagram model', () => {
  it.each(sweep(-1.5, 1.5, 30))('distortion %d stays finite', (m) => {
    const { result: view, ms } = timed(() => rd.reliabilityView(m));
    expect(ms).toBeLessThan(3000);
    expect(view.miscalibration).toBeGreaterThanOrEqual(-1);
    expect(view.miscalibration).toBeLessThanOrEqual(1);
    expect(nonFinite(view)).toEqual([]);
    expect(nonFinite(rd.describeMiscalibration(m))).toEqual([]);
  });

  it('says where the points are, and which bins are too small to trust (RD-1, RD-2)', () => {
    const over = rd.reliabilityView(1);
    expect(over.desc).toMatch(/Points lie above the diagonal .* then .*below the diagonal/);
    const under = rd.reliabilityView(-1);
    expect(under.desc).toMatch(/Hollow markers hold fewer than 20 patients: .*\(2 patients, observed 100%\)/);
    expect(under.svg('x')).toContain('rd-point-small');
    expect(rd.reliabilityView(0).desc).toContain('All points lie close to the diagonal.');
  });

  it('says "on average" and drops the bare number (RD-3, RD-5)', () => {
    expect(rd.describeMiscalibration(1)).toBe('predictions strongly too high on average, and too extreme (strength 10 of 10)');
    expect(rd.describeMiscalibration(-0.3)).toBe('predictions slightly too low on average, and too timid (strength 3 of 10)');
    expect(rd.describeMiscalibration(0)).toBe('well calibrated');
  });
});

describe('prevalence bar labels', () => {
  it('moves the false-alarm label under the bar when its segment is narrow', () => {
    const svg = barSvg(pe.prevalenceView({ prevalence: 0.5, sensitivity: 0.9, specificity: 0.9 }), 'b');
    expect(svg).toContain('500 false alarms ↑');
    expect(svg).toContain('>4,500 true<');
  });
});
