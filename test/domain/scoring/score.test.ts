import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/domain/schemas/answers.js';
import { bandFor, round4, scoreAnswers } from '../../../src/domain/scoring/score.js';
import { BANDS, checklistOf, options, q } from '../../support/arbitraries.js';

describe('round4', () => {
  it('rounds to 4 decimals, halves away from zero', () => {
    expect(round4(0.12345)).toBe(0.1235);
    expect(round4(-0.12345)).toBe(-0.1235);
    expect(round4(1.00005)).toBe(1.0001);
    expect(round4(0.00005)).toBe(0.0001);
    expect(round4(0.000049)).toBe(0);
    expect(round4(2 / 3)).toBe(0.6667);
    expect(round4(7 / 30)).toBe(0.2333);
    expect(round4(1)).toBe(1);
    expect(Object.is(round4(-0.00001), 0)).toBe(true);
  });

  it('rounds binary noise as the exact value it stands for', () => {
    // 0.12345 computed through floating point lands just below the half.
    expect(round4(0.1 + 0.02345)).toBe(0.1235);
    expect(round4(1e-7)).toBe(0);
  });

  it('gives what the decimal shifts give, on numbers of 4 decimals (taken without the cache) and any other', () => {
    // The rounding as written before numbers of 4 decimals were recognised (score.ts, roundOnce).
    const shift = (x: number, places: number): number => {
      const [mantissa, exponent = '0'] = String(x).split('e');
      return Number(`${mantissa}e${Number(exponent) + places}`);
    };
    const reference = (x: number): number => {
      const rounded = shift(Math.round(shift(Number(Math.abs(x).toPrecision(12)), 4)), -4);
      return x < 0 && rounded !== 0 ? -rounded : rounded;
    };
    const same = (x: number): void => {
      expect(Object.is(round4(x), reference(x)), String(x)).toBe(true);
    };
    fc.assert(
      fc.property(fc.integer({ min: -2e12, max: 2e12 }), fc.integer({ min: -20_000, max: 20_000 }), (k, small) => {
        same(k / 10_000);
        same(small / 10_000);
        same(small / 10_000 + Number.EPSILON);
        same(small / 7);
        // Near a half of the 4th decimal, where the cut to 12 digits decides.
        same((small + 0.5) / 10_000);
        same((small + 0.5) / 10_000 + 1e-13);
        same((small + 0.5) / 10_000 - 1e-13);
        same((small + 0.5) / 10_000 + 1e-10);
        same((small + 0.5) / 10_000 - 1e-10);
        same((small + 0.5 + 1e-6) / 10_000);
        same((small + 0.5 - 1e-6) / 10_000);
        same(k / 1e16);
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e13, max: 1e13 }), same), { numRuns: 3000 });
    fc.assert(fc.property(fc.double({ noNaN: true, min: -3, max: 3 }), same), { numRuns: 20_000 });
    for (const x of [
      0,
      -0,
      1,
      -1,
      2,
      -2,
      2.00005,
      1.99995,
      0.5,
      0.0001,
      -0.0001,
      0.12345,
      0.1 + 0.02345,
      99_999_999.9999,
      1e8,
      Number.MIN_VALUE,
    ]) {
      same(x);
    }
  });
});

describe('bands', () => {
  it('puts a score in the band with min <= s < max', () => {
    expect(bandFor(BANDS, 0)).toBe('b0');
    expect(bandFor(BANDS, 0.2499)).toBe('b0');
    expect(bandFor(BANDS, 0.25)).toBe('b1');
    expect(bandFor(BANDS, 0.7499)).toBe('b2');
    expect(bandFor(BANDS, 0.75)).toBe('b3');
  });

  it('puts exactly 1 in the top band', () => {
    expect(bandFor(BANDS, 1)).toBe('b3');
  });

  it('decides on the stored (rounded) score and gives null without a score', () => {
    expect(bandFor(BANDS, 0.249996)).toBe('b1');
    expect(bandFor(BANDS, null)).toBeNull();
    expect(bandFor([{ id: 'low', min: 0, max: 0.5, label: 'Low' }], 0.7)).toBeNull();
  });
});

describe('scoreAnswers', () => {
  const checklist = checklistOf({
    s1: [
      q('a', 'yes-no', { weight: 3, pillars: ['p1', 'p2'] }),
      q('b', 'tri-state', { pillars: ['p2'] }),
      q('c', 'yes-no', { allowNotApplicable: true, pillars: ['p3'] }),
    ],
    s2: [q('d', 'yes-no', { allowNotApplicable: true }), q('e', 'text'), q('f', 'yes-no', { weight: 0 })],
  });
  const answers: Record<string, Answer> = {
    a: { value: 'yes' },
    b: { value: 'partly' },
    c: { value: 'not-applicable', justification: 'x' },
    d: { value: 'not-applicable', justification: 'x' },
    e: { value: 'Law' },
    f: { value: 'yes' },
  };

  it('computes the weighted model by default', () => {
    const result = scoreAnswers(checklist, answers);
    expect(result.model).toBe('weighted');
    // (3·1 + 1·0.5) / 4
    expect(result.overall.score).toBe(0.875);
    expect(result.overall.band).toBe('b3');
    expect(result.sections.map((s) => s.score)).toEqual([0.875, null]);
  });

  it('counts every question 1 in the flat-unweighted model', () => {
    const flat = checklistOf({ s1: checklist.sections[0]?.questions ?? [] }, { model: 'flat-unweighted' });
    expect(scoreAnswers(flat, answers).overall.score).toBe(0.75);
  });

  it('gives null, not 0, to a section or pillar with nothing scorable', () => {
    const result = scoreAnswers(checklist, answers);
    expect(result.sections[1]).toMatchObject({ id: 's2', score: null, band: null });
    expect(result.pillars.find((p) => p.id === 'p3')?.score).toBeNull();
    const empty = scoreAnswers(checklistOf({ s1: [q('t', 'text')] }), {});
    expect(empty.overall.score).toBeNull();
    expect(empty.overall.band).toBeNull();
  });

  it('counts a question in every pillar it is tagged with', () => {
    const result = scoreAnswers(checklist, answers);
    expect(result.pillars.map((p) => [p.id, p.score])).toEqual([
      ['p1', 1],
      ['p2', 0.875],
      ['p3', null],
    ]);
    expect(result.pillars[1]?.counts).toEqual({ answered: 2, dontKnow: 0, notApplicable: 0, hidden: 0, unanswered: 0, total: 2 });
  });

  it('counts a question once in a pillar it lists twice, and in every section of a repeated id', () => {
    const c = checklistOf({
      s1: [q('a', 'yes-no', { pillars: ['p1', 'p1'] }), q('b', 'yes-no', { pillars: ['p1'] })],
      s2: [q('c', 'yes-no', { weight: 3 })],
    });
    const twice = { ...c, sections: [...c.sections, { ...(c.sections[0] as (typeof c.sections)[number]) }] };
    const result = scoreAnswers(twice, { a: { value: 'yes' }, b: { value: 'no' }, c: { value: 'yes' } });
    expect(result.pillars.find((p) => p.id === 'p1')).toMatchObject({ score: 0.5, counts: { total: 4 } });
    // The two sections "s1" each hold the four questions with that section id, as a search by id finds them.
    expect(result.sections.map((s) => [s.id, s.score, s.counts.total])).toEqual([
      ['s1', 0.5, 4],
      ['s2', 1, 1],
      ['s1', 0.5, 4],
    ]);
  });

  it('scores dont-know and unanswered as 0 but counts them', () => {
    const result = scoreAnswers(checklist, { a: { value: 'dont-know' }, b: { value: 'yes' } });
    // a (3 · 0) + b (1 · 1) + c, d unanswered (1 · 0 each), over Σw = 6; e, f never scored.
    expect(result.overall.score).toBe(1 / 6);
    expect(result.overall.counts).toEqual({ answered: 1, dontKnow: 1, notApplicable: 0, hidden: 0, unanswered: 4, total: 6 });
  });

  it('counts states per section, adding up to the number of questions', () => {
    const c = checklistOf({ s1: [q('a', 'yes-no'), q('h', 'yes-no', { when: { question: 'a', equals: 'no' } })] });
    const result = scoreAnswers(c, { a: { value: 'yes' }, h: { value: 'yes' } });
    expect(result.sections[0]?.counts).toEqual({ answered: 1, dontKnow: 0, notApplicable: 0, hidden: 1, unanswered: 0, total: 2 });
    expect(result.overall.score).toBe(1);
  });
});

describe('completeness', () => {
  const checklist = checklistOf({
    s1: [q('a', 'yes-no'), q('b', 'text'), q('c', 'yes-no', { optional: true })],
    s2: [q('d', 'yes-no', { when: { question: 'a', equals: 'no' } }), q('e', 'multiple', { options: options({ x: 1 }) })],
  });

  it('lists visible, non-optional unanswered questions with their section', () => {
    const result = scoreAnswers(checklist, { a: { value: 'yes' }, e: { value: [] } });
    expect(result.completeness).toEqual({
      complete: false,
      missing: 2,
      missingQuestions: [
        { question: 'b', section: 's1' },
        { question: 'e', section: 's2' },
      ],
    });
  });

  it('is complete when only optional, hidden, dont-know or not-applicable questions remain', () => {
    const result = scoreAnswers(checklist, { a: { value: 'yes' }, b: { value: 'dont-know' }, e: { value: ['x'] } });
    expect(result.completeness).toEqual({ complete: true, missing: 0, missingQuestions: [] });
  });
});
