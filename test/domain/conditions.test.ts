import { describe, expect, it } from 'vitest';
import { conditionReferences, evaluateCondition, type ConditionSubject } from '../../src/domain/conditions.js';
import type { Condition } from '../../src/domain/schemas/condition.js';

function lookup(subjects: Record<string, ConditionSubject>) {
  return (id: string) => subjects[id];
}

const visible = (value: ConditionSubject['value']): ConditionSubject => ({ visible: true, value });

describe('condition semantics (docs/format.md)', () => {
  it('equals / in hold on a visible answered question', () => {
    const l = lookup({ q: visible('partly') });
    expect(evaluateCondition({ question: 'q', equals: 'partly' }, l)).toBe(true);
    expect(evaluateCondition({ question: 'q', equals: 'yes' }, l)).toBe(false);
    expect(evaluateCondition({ question: 'q', in: ['yes', 'partly'] }, l)).toBe(true);
  });

  it.each([
    ['hidden', { visible: false, value: 'yes' }],
    ['unanswered', visible(null)],
    ['missing', visible(undefined)],
    ["don't know", visible('dont-know')],
    ['not applicable', visible('not-applicable')],
  ] as const)('a leaf on a %s question is false, and its negation true', (_name, subject) => {
    const l = lookup({ q: subject });
    expect(evaluateCondition({ question: 'q', equals: 'yes' }, l)).toBe(false);
    expect(evaluateCondition({ question: 'q', in: ['yes', 'dont-know', 'not-applicable'] }, l)).toBe(false);
    expect(evaluateCondition({ not: { question: 'q', equals: 'yes' } }, l)).toBe(true);
  });

  it('answered is true for any visible answer, including "don\'t know" and N/A', () => {
    expect(evaluateCondition({ answered: 'q' }, lookup({ q: visible('dont-know') }))).toBe(true);
    expect(evaluateCondition({ answered: 'q' }, lookup({ q: visible('not-applicable') }))).toBe(true);
    expect(evaluateCondition({ answered: 'q' }, lookup({ q: visible(3) }))).toBe(true);
    expect(evaluateCondition({ answered: 'q' }, lookup({ q: visible(null) }))).toBe(false);
    expect(evaluateCondition({ answered: 'q' }, lookup({ q: { visible: false, value: 'yes' } }))).toBe(false);
    expect(evaluateCondition({ answered: 'q' }, lookup({}))).toBe(false);
  });

  it('equals / in on a multiple-choice answer mean "includes"', () => {
    const l = lookup({ m: visible(['a', 'c']) });
    expect(evaluateCondition({ question: 'm', equals: 'c' }, l)).toBe(true);
    expect(evaluateCondition({ question: 'm', equals: 'b' }, l)).toBe(false);
    expect(evaluateCondition({ question: 'm', in: ['b', 'c'] }, l)).toBe(true);
    expect(
      evaluateCondition(
        {
          all: [
            { question: 'm', equals: 'a' },
            { question: 'm', equals: 'c' },
          ],
        },
        l,
      ),
    ).toBe(true);
    expect(evaluateCondition({ question: 'm', equals: 'a' }, lookup({ m: visible([]) }))).toBe(false);
  });

  it('compares numbers and texts by value', () => {
    expect(evaluateCondition({ question: 'n', equals: 3 }, lookup({ n: visible(3) }))).toBe(true);
    expect(evaluateCondition({ question: 'n', in: [1, 2] }, lookup({ n: visible(3) }))).toBe(false);
  });

  it('combines with all / any / not', () => {
    const l = lookup({ a: visible('yes'), b: visible('no') });
    const yes: Condition = { question: 'a', equals: 'yes' };
    const no: Condition = { question: 'b', equals: 'yes' };
    expect(evaluateCondition({ all: [yes, no] }, l)).toBe(false);
    expect(evaluateCondition({ any: [yes, no] }, l)).toBe(true);
    expect(evaluateCondition({ not: { all: [yes, no] } }, l)).toBe(true);
  });

  it('lists the questions a condition refers to', () => {
    expect(
      conditionReferences({ all: [{ question: 'a', equals: 1 }, { not: { answered: 'b' } }, { any: [{ question: 'c', in: ['x'] }] }] }),
    ).toEqual(['a', 'b', 'c']);
  });
});
