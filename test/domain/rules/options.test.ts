import { describe, it } from 'vitest';
import { expectFixture } from './lint-fixture.js';

describe('rule: duplicate-option-code', () => {
  it('points at the second use of the code', async () => {
    await expectFixture('duplicate-option-code.yaml', [
      {
        code: 'duplicate-option-code',
        severity: 'error',
        line: 20,
        column: 21,
        pointer: '/sections/0/questions/0/options/1/code',
        message: /option code "a" appears twice in question "q1" — codes must be unique/,
      },
    ]);
  });
});

describe('rule: reserved-option-code', () => {
  it('refuses "dont-know" as an option and says what to use instead', async () => {
    await expectFixture('reserved-option-code.yaml', [
      {
        code: 'reserved-option-code',
        severity: 'error',
        line: 20,
        column: 21,
        pointer: '/sections/0/questions/0/options/1/code',
        message: /"dont-know" is reserved .* use allowDontKnow \/ allowNotApplicable instead/,
      },
    ]);
  });
});

describe('rule: options-same-score', () => {
  it('warns when every option of a scored question has the same score', async () => {
    await expectFixture('options-all-same-score.yaml', [
      {
        code: 'options-same-score',
        severity: 'warning',
        line: 19,
        column: 11,
        pointer: '/sections/0/questions/0/options',
        message: /every option of scored question "q1" scores 1, .*give the options different scores, or set weight: 0/,
      },
    ]);
  });

  it('says nothing for a question of weight 0, a single option, or the built-in yes / no', async () => {
    await expectFixture('options-same-score-unscored.yaml', []);
  });
});

describe('rule: negative-weight', () => {
  it('points at the weight', async () => {
    await expectFixture('negative-weight.yaml', [
      {
        code: 'negative-weight',
        severity: 'error',
        line: 17,
        column: 17,
        pointer: '/sections/0/questions/0/weight',
        message: /weight -1 is negative — use 0 for an informational question, or a positive weight/,
      },
    ]);
  });
});

describe('rule: unscorable-weight', () => {
  it('reports a number question with a weight above 0', async () => {
    await expectFixture('scored-number-question.yaml', [
      {
        code: 'unscorable-weight',
        severity: 'error',
        line: 20,
        column: 17,
        pointer: '/sections/0/questions/1/weight',
        message: /number questions are never scored — set weight: 0 or remove it/,
      },
    ]);
  });

  it('accepts number, date and text questions with no weight or weight 0', async () => {
    await expectFixture('unscored-number-question.yaml', []);
  });
});

describe('rule: options-required', () => {
  it('reports a single choice question without options, at its type', async () => {
    await expectFixture('options-required.yaml', [
      {
        code: 'options-required',
        severity: 'error',
        line: 16,
        column: 15,
        pointer: '/sections/0/questions/0/type',
        message: /a single choice question needs options — add an "options" list/,
      },
    ]);
  });
});

describe('rule: options-not-allowed', () => {
  it('reports options on a number question', async () => {
    await expectFixture('options-not-allowed.yaml', [
      {
        code: 'options-not-allowed',
        severity: 'error',
        line: 19,
        column: 11,
        pointer: '/sections/0/questions/0/options',
        message: /a number question has no options — remove "options"/,
      },
    ]);
  });
});

describe('rule: unknown-builtin-option', () => {
  it('accepts an override of "yes" but not a new code on a yes-no question', async () => {
    await expectFixture('unknown-builtin-option.yaml', [
      {
        code: 'unknown-builtin-option',
        severity: 'error',
        line: 20,
        column: 21,
        pointer: '/sections/0/questions/0/options/1/code',
        message: /"maybe" is not one of them — use type "single" for other options/,
      },
    ]);
  });
});

describe('rule: option-score-missing', () => {
  it('points at the option without a score', async () => {
    await expectFixture('option-score-missing.yaml', [
      {
        code: 'option-score-missing',
        severity: 'error',
        line: 20,
        column: 13,
        pointer: '/sections/0/questions/0/options/1',
        message: /option "b" of scored question "q1" has no score — add "score" between 0 and 1/,
      },
    ]);
  });
});

describe('rule: field-not-applicable', () => {
  it('warns about "unit" outside number questions and "aggregate" outside multiple choice', async () => {
    await expectFixture('field-not-applicable.yaml', [
      {
        code: 'field-not-applicable',
        severity: 'warning',
        line: 18,
        column: 15,
        pointer: '/sections/0/questions/0/unit',
        message: /"unit" applies only to number questions — remove it/,
      },
      {
        code: 'field-not-applicable',
        severity: 'warning',
        line: 21,
        column: 20,
        pointer: '/sections/0/questions/1/aggregate',
        message: /"aggregate" applies only to multiple choice questions — remove it/,
      },
    ]);
  });
});

describe('rule: invalid-bounds', () => {
  it('reports min above max at min', async () => {
    await expectFixture('invalid-bounds.yaml', [
      {
        code: 'invalid-bounds',
        severity: 'error',
        line: 21,
        column: 14,
        pointer: '/sections/0/questions/1/min',
        message: /min 10 is above max 1/,
      },
    ]);
  });
});
