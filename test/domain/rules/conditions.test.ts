import { describe, it } from 'vitest';
import { expectFixture } from './lint-fixture.js';

describe('rule: condition-unknown-question', () => {
  it('points at the id of the missing question', async () => {
    await expectFixture('condition-unknown-question.yaml', [
      {
        code: 'condition-unknown-question',
        severity: 'error',
        line: 22,
        column: 27,
        pointer: '/sections/0/questions/1/when/question',
        message: /question "q9", which does not exist — check the id/,
      },
    ]);
  });
});

describe('rule: condition-forward-reference', () => {
  it('reports a condition on a later question (in a later section)', async () => {
    await expectFixture('condition-later-question.yaml', [
      {
        code: 'condition-forward-reference',
        severity: 'error',
        line: 19,
        column: 27,
        pointer: '/sections/0/questions/0/when/question',
        message: /condition of "q1" names a later question \("q2"\) — a condition may only refer to earlier questions/,
      },
    ]);
  });

  it('reports a condition on the question itself (through "answered")', async () => {
    await expectFixture('condition-same-question.yaml', [
      {
        code: 'condition-forward-reference',
        severity: 'error',
        line: 22,
        column: 27,
        pointer: '/sections/0/questions/1/when/answered',
        message: /names the question itself \("q2"\) — a condition may only refer to earlier questions/,
      },
    ]);
  });
});

describe('rule: condition-unknown-option', () => {
  it('reports a value of "equals" and of "in" that is not an option, listing the options', async () => {
    await expectFixture('condition-unknown-option.yaml', [
      {
        code: 'condition-unknown-option',
        severity: 'error',
        line: 22,
        column: 39,
        pointer: '/sections/0/questions/1/when/equals',
        message: /question "q1" has no option "maybe" — use one of: yes, no$/,
      },
      {
        code: 'condition-unknown-option',
        severity: 'error',
        line: 27,
        column: 41,
        pointer: '/sections/0/questions/2/when/in/1',
        message: /question "q1" has no option "perhaps" — use one of: yes, no$/,
      },
    ]);
  });
});

describe('rule: condition-unsatisfiable', () => {
  it('reports a condition that no answer can make true, directly or through the condition of the question it names', async () => {
    await expectFixture('condition-unsatisfiable.yaml', [
      {
        code: 'condition-unsatisfiable',
        severity: 'error',
        line: 24,
        column: 15,
        pointer: '/sections/0/questions/1/when',
        message: /"q2" would never be asked — correct the condition/,
      },
      {
        code: 'condition-unsatisfiable',
        severity: 'error',
        line: 34,
        column: 15,
        pointer: '/sections/0/questions/3/when',
        message: /"q4" would never be asked — correct the condition/,
      },
    ]);
  });

  it('accepts "all" of two codes on a multiple choice question (equals means includes)', async () => {
    await expectFixture('condition-satisfiable-through-multiple.yaml', []);
  });

  it("accepts a condition that the referenced question's own condition allows", async () => {
    await expectFixture('condition-satisfiable-through-parent.yaml', []);
  });

  it('accepts the conditions of the valid fixture', async () => {
    await expectFixture('../checklists/valid-minimal.yaml', []);
  });
});
