import { describe, expect, it } from 'vitest';
import { questionIndex } from '../../../../src/domain/checklist-model.js';
import { isSatisfiable } from '../../../../src/domain/rules/checklist/satisfiable.js';
import type { Condition } from '../../../../src/domain/schemas/condition.js';
import { checklistOf, q } from '../../../support/arbitraries.js';

/** q0 … q(n-1), each asked when the one before is "yes" or "partly": a chain of follow-ups. */
function chain(length: number) {
  const questions = Array.from({ length }, (_, i) =>
    q(`q${i}`, 'tri-state', i === 0 ? {} : { when: { question: `q${i - 1}`, in: ['yes', 'partly'] }, whenHidden: 'unmet' }),
  );
  return questionIndex(checklistOf({ s1: questions }));
}

describe('isSatisfiable', () => {
  it('decides a condition on a short chain of follow-ups', () => {
    const byId = chain(4);
    expect(isSatisfiable({ question: 'q3', equals: 'yes' }, byId)).toBe(true);
    const never: Condition = {
      all: [
        { question: 'q2', equals: 'yes' },
        { question: 'q2', equals: 'no' },
      ],
    };
    expect(isSatisfiable(never, byId)).toBe(false);
  });

  it('gives up (undefined) on a chain whose combinations exceed the search limit, even when the condition is contradictory', () => {
    // 5 answers per tri-state question (no answer, "don't know", 3 options): 5^60 combinations.
    const byId = chain(60);
    expect(isSatisfiable({ question: 'q59', equals: 'yes' }, byId)).toBeUndefined();
    const never: Condition = {
      all: [
        { question: 'q59', equals: 'yes' },
        { question: 'q59', equals: 'no' },
      ],
    };
    expect(isSatisfiable(never, byId)).toBeUndefined();
  });
});
