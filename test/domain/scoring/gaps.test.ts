import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/domain/schemas/answers.js';
import { findGaps } from '../../../src/domain/scoring/gaps.js';
import { scoreAnswers } from '../../../src/domain/scoring/score.js';
import { checklistOf, options, q } from '../../support/arbitraries.js';

const src = (provision: string) => [{ catalogue: 'un-tip-protocol', provision }];

describe('gaps', () => {
  const checklist = checklistOf({
    s1: [
      q('a', 'yes-no', { sources: src('5.1') }),
      q('b', 'tri-state', { weight: 2, sources: src('5.2.a') }),
      q('c', 'tri-state'),
      q('d', 'yes-no'),
    ],
    s2: [
      q('e', 'multiple', { options: options({ x: 0.5, y: 0.5, z: 0.25 }) }),
      q('f', 'yes-no', { allowNotApplicable: true }),
      q('g', 'yes-no', { weight: 0 }),
      q('h', 'yes-no', { when: { question: 'a', equals: 'yes' } }),
    ],
  });
  const answers: Record<string, Answer> = {
    a: { value: 'no' },
    b: { value: 'partly' },
    c: { value: 'partly' },
    d: { value: 'dont-know' },
    e: { value: ['x', 'z'] },
    f: { value: 'not-applicable', justification: 'x' },
    g: { value: 'no' },
    h: { value: 'no' },
  };

  it('ranks answered questions below their best by the rise of the overall score', () => {
    const result = scoreAnswers(checklist, answers);
    const gaps = findGaps(result);
    // Σw = 1 + 2 + 1 + 1 + 1 = 6 (a, b, c, d, e); h is hidden, f not applicable, g weight 0, d "don't know".
    expect(gaps.map((g) => [g.question, g.gap])).toEqual([
      ['a', expect.closeTo(1 / 6, 12)],
      ['b', expect.closeTo(1 / 6, 12)],
      ['c', expect.closeTo(0.5 / 6, 12)],
      ['e', expect.closeTo(0.25 / 6, 12)],
    ]);
    expect(gaps[0]).toMatchObject({ section: 's1', current: 0, best: 1, sources: src('5.1') });
    expect(gaps[3]).toMatchObject({ question: 'e', section: 's2', current: 0.75, best: 1, sources: [] });
  });

  it('equals the overall score with the best answer minus the current one', () => {
    const before = scoreAnswers(checklist, answers).overall.score ?? 0;
    const after = scoreAnswers(checklist, { ...answers, c: { value: 'yes' } }).overall.score ?? 0;
    expect(findGaps(scoreAnswers(checklist, answers)).find((g) => g.question === 'c')?.gap).toBeCloseTo(after - before, 12);
  });

  it('keeps checklist order between equal gaps', () => {
    const c = checklistOf({ s1: [q('x', 'yes-no'), q('y', 'yes-no'), q('z', 'yes-no')] });
    const gaps = findGaps(scoreAnswers(c, { z: { value: 'no' }, x: { value: 'no' }, y: { value: 'no' } }));
    expect(gaps.map((g) => g.question)).toEqual(['x', 'y', 'z']);
  });

  it('uses the model: flat-unweighted weighs every question 1', () => {
    const flat = checklistOf({ s1: [q('a', 'yes-no'), q('b', 'tri-state', { weight: 5 })] }, { model: 'flat-unweighted' });
    const gaps = findGaps(scoreAnswers(flat, { a: { value: 'no' }, b: { value: 'partly' } }));
    expect(gaps.map((g) => [g.question, g.gap])).toEqual([
      ['a', 0.5],
      ['b', 0.25],
    ]);
  });

  it('finds no gap without a score', () => {
    expect(findGaps(scoreAnswers(checklistOf({ s1: [q('t', 'text')] }), {}))).toEqual([]);
  });
});
