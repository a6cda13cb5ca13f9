import { describe, expect, it } from 'vitest';
import { answerScore, bestScore, questionScore } from '../../../src/domain/scoring/question-score.js';
import { options, q } from '../../support/arbitraries.js';

describe('option scores', () => {
  it('uses the built-in scores of yes-no and tri-state', () => {
    expect(answerScore(q('a', 'yes-no'), 'yes')).toBe(1);
    expect(answerScore(q('a', 'yes-no'), 'no')).toBe(0);
    expect(answerScore(q('a', 'tri-state'), 'partly')).toBe(0.5);
  });

  it('lets a checklist override a built-in score', () => {
    const question = q('a', 'tri-state', { options: options({ partly: 0.25 }) });
    expect(answerScore(question, 'partly')).toBe(0.25);
    expect(answerScore(question, 'yes')).toBe(1);
  });

  it('uses the chosen option of a single choice, and 0 for a code that is not an option', () => {
    const question = q('a', 'single', { options: options({ full: 1, some: 0.6, none: 0 }) });
    expect(answerScore(question, 'some')).toBe(0.6);
    expect(answerScore(question, 'unknown')).toBe(0);
  });
});

describe('multiple-choice aggregates', () => {
  const opts = options({ a: 0.5, b: 0.4, c: 0.3 });

  it('sums by default, capped at 1', () => {
    expect(answerScore(q('m', 'multiple', { options: opts }), ['b', 'c'])).toBeCloseTo(0.7, 12);
    expect(answerScore(q('m', 'multiple', { options: opts }), ['a', 'b', 'c'])).toBe(1);
    expect(answerScore(q('m', 'multiple', { options: opts, aggregate: 'sum' }), ['a'])).toBe(0.5);
  });

  it('takes the highest with max and the average with mean', () => {
    expect(answerScore(q('m', 'multiple', { options: opts, aggregate: 'max' }), ['b', 'c'])).toBe(0.4);
    expect(answerScore(q('m', 'multiple', { options: opts, aggregate: 'mean' }), ['a', 'c'])).toBe(0.4);
  });

  it('counts an option chosen twice once', () => {
    expect(answerScore(q('m', 'multiple', { options: opts, aggregate: 'mean' }), ['a', 'a', 'c'])).toBe(0.4);
    expect(answerScore(q('m', 'multiple', { options: opts }), ['a', 'a'])).toBe(0.5);
  });
});

describe('best score', () => {
  it('is the best option of a single choice', () => {
    expect(bestScore(q('a', 'single', { options: options({ x: 0.2, y: 0.8 }) }))).toBe(0.8);
    expect(bestScore(q('a', 'tri-state'))).toBe(1);
  });

  it('is the capped sum of the combinable options for sum, the best one for max and mean', () => {
    const opts = options({ a: 0.3, b: 0.3, none: 0 }, { none: { exclusive: true } });
    expect(bestScore(q('m', 'multiple', { options: opts }))).toBeCloseTo(0.6, 12);
    expect(bestScore(q('m', 'multiple', { options: options({ a: 0.7, b: 0.7 }) }))).toBe(1);
    expect(bestScore(q('m', 'multiple', { options: opts, aggregate: 'max' }))).toBe(0.3);
    expect(bestScore(q('m', 'multiple', { options: opts, aggregate: 'mean' }))).toBe(0.3);
  });

  it('counts an exclusive option alone when it scores best', () => {
    const opts = options({ a: 0.2, all: 0.9 }, { all: { exclusive: true } });
    expect(bestScore(q('m', 'multiple', { options: opts }))).toBe(0.9);
  });
});

describe('question score by state', () => {
  const question = q('a', 'yes-no');
  it('scores dont-know and unanswered 0 and leaves out not-applicable and hidden', () => {
    expect(questionScore(question, 'answered', 'yes')).toBe(1);
    expect(questionScore(question, 'dont-know', 'dont-know')).toBe(0);
    expect(questionScore(question, 'unanswered', null)).toBe(0);
    expect(questionScore(question, 'not-applicable', 'not-applicable')).toBeNull();
    expect(questionScore(question, 'hidden', 'yes')).toBeNull();
  });

  it('never scores weight-0, number, date and text questions', () => {
    expect(questionScore(q('a', 'yes-no', { weight: 0 }), 'answered', 'yes')).toBeNull();
    expect(questionScore(q('a', 'number'), 'answered', 3)).toBeNull();
    expect(questionScore(q('a', 'date'), 'unanswered', null)).toBeNull();
    expect(questionScore(q('a', 'text'), 'answered', 'x')).toBeNull();
  });
});
