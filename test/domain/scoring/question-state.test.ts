import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/domain/schemas/answers.js';
import { questionStates } from '../../../src/domain/scoring/question-state.js';
import { checklistOf, options, q } from '../../support/arbitraries.js';

function states(checklist: ReturnType<typeof checklistOf>, answers: Record<string, Answer>): Record<string, string> {
  return Object.fromEntries(questionStates(checklist, answers).map((s) => [s.question.id, s.state]));
}

describe('question states', () => {
  const checklist = checklistOf({
    s1: [q('a', 'yes-no', { allowNotApplicable: true }), q('b', 'multiple', { options: options({ x: 1, y: 0 }) }), q('c', 'text')],
  });

  it('gives answered, dont-know and not-applicable from the value', () => {
    expect(states(checklist, { a: { value: 'yes' } }).a).toBe('answered');
    expect(states(checklist, { a: { value: 'dont-know' } }).a).toBe('dont-know');
    expect(states(checklist, { a: { value: 'not-applicable', justification: 'n/a' } }).a).toBe('not-applicable');
    expect(states(checklist, { c: { value: 'Law 1' } }).c).toBe('answered');
  });

  it('gives unanswered for no entry, a null or absent value, and an empty list', () => {
    expect(states(checklist, {})).toEqual({ a: 'unanswered', b: 'unanswered', c: 'unanswered' });
    expect(states(checklist, { a: { value: null }, b: { value: [] }, c: { notes: 'later' } })).toEqual({
      a: 'unanswered',
      b: 'unanswered',
      c: 'unanswered',
    });
  });

  it('hides a question whose condition is false, even when it has an answer', () => {
    const conditional = checklistOf({
      s1: [q('a', 'yes-no'), q('b', 'yes-no', { when: { question: 'a', equals: 'yes' } })],
    });
    expect(states(conditional, { a: { value: 'no' }, b: { value: 'yes' } }).b).toBe('hidden');
    expect(states(conditional, { a: { value: 'yes' }, b: { value: 'yes' } }).b).toBe('answered');
    expect(states(conditional, { b: { value: 'yes' } }).b).toBe('hidden');
  });

  it('lets a condition see the visibility of earlier questions, in checklist order', () => {
    const chain = checklistOf({
      s1: [q('a', 'yes-no'), q('b', 'yes-no', { when: { question: 'a', equals: 'yes' } })],
      s2: [q('c', 'yes-no', { when: { answered: 'b' } }), q('d', 'yes-no', { when: { not: { answered: 'b' } } })],
    });
    // b holds an answer but is hidden, so for c it is not answered.
    expect(states(chain, { a: { value: 'no' }, b: { value: 'yes' }, c: { value: 'yes' } })).toEqual({
      a: 'answered',
      b: 'hidden',
      c: 'hidden',
      d: 'unanswered',
    });
  });

  it('never lets a condition see a later question', () => {
    const forward = checklistOf({ s1: [q('a', 'yes-no', { when: { answered: 'b' } }), q('b', 'yes-no')] });
    expect(states(forward, { a: { value: 'yes' }, b: { value: 'yes' } }).a).toBe('hidden');
  });

  it('does not count an empty list of choices as answered for a condition', () => {
    const c = checklistOf({ s1: [q('m', 'multiple', { options: options({ x: 1 }) }), q('n', 'yes-no', { when: { answered: 'm' } })] });
    expect(states(c, { m: { value: [] } }).n).toBe('hidden');
    expect(states(c, { m: { value: ['x'] } }).n).toBe('unanswered');
  });

  it('does not read answers from the object prototype', () => {
    const c = checklistOf({ s1: [q('constructor', 'yes-no')] });
    expect(states(c, {}).constructor).toBe('unanswered');
  });

  it('reads own answers only, as answerFor does, whatever the object inherits', () => {
    const c = checklistOf({ s1: [q('a', 'yes-no'), q('b', 'yes-no'), q('7', 'yes-no')] });
    const inheriting = Object.create({ b: { value: 'yes' } }) as Record<string, Answer>;
    inheriting['a'] = { value: 'no' };
    inheriting['7'] = { value: 'yes' };
    expect(states(c, inheriting)).toEqual({ a: 'answered', b: 'unanswered', 7: 'answered' });
  });
});
