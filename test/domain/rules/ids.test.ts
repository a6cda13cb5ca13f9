import { describe, it } from 'vitest';
import { expectFixture } from './lint-fixture.js';

describe('rule: duplicate-id', () => {
  it('reports the second use of a question id, naming the first', async () => {
    await expectFixture('duplicate-question-id.yaml', [
      {
        code: 'duplicate-id',
        severity: 'error',
        line: 18,
        column: 13,
        pointer: '/sections/0/questions/1/id',
        message: /question id "q1" is already used at \/sections\/0\/questions\/0\/id — give each question its own id/,
      },
    ]);
  });

  it('checks section, pillar, category, band and catalogue ids too, each kind on its own', async () => {
    await expectFixture('duplicate-other-ids.yaml', [
      {
        code: 'duplicate-id',
        severity: 'error',
        line: 10,
        column: 9,
        pointer: '/catalogues/1/id',
        message: /catalogue id "un-tip-protocol" .*give each catalogue its own id/,
      },
      {
        code: 'duplicate-id',
        severity: 'error',
        line: 13,
        column: 11,
        pointer: '/pillars/1/id',
        message: /pillar id "prevention" .*give each pillar its own id/,
      },
      {
        code: 'duplicate-id',
        severity: 'error',
        line: 16,
        column: 11,
        pointer: '/assistanceCategories/1/id',
        message: /assistance category id "training" .*its own id/,
      },
      {
        code: 'duplicate-id',
        severity: 'error',
        line: 20,
        column: 13,
        pointer: '/scoring/bands/1/id',
        message: /band id "all" .*give each band its own id/,
      },
      {
        code: 'duplicate-id',
        severity: 'error',
        line: 30,
        column: 9,
        pointer: '/sections/1/id',
        message: /section id "s1" .*give each section its own id/,
      },
    ]);
  });

  it('does not compare ids of different kinds', async () => {
    await expectFixture('ids-shared-across-kinds.yaml', []);
  });
});

describe('rule: id-case-conflict', () => {
  it('reports an id that differs from an earlier one only by letter case', async () => {
    await expectFixture('ids-differ-only-by-case.yaml', [
      {
        code: 'id-case-conflict',
        severity: 'error',
        line: 18,
        column: 13,
        pointer: '/sections/0/questions/1/id',
        message: /"Q1" differs from "q1" .* only by letter case — rename one of them/,
      },
    ]);
  });

  it('is not reported with an exact duplicate as well', async () => {
    // duplicate-question-id.yaml has q1 twice: one duplicate-id, no case conflict on top.
    await expectFixture('duplicate-question-id.yaml', [
      { code: 'duplicate-id', severity: 'error', line: 18, column: 13, message: /already used/ },
    ]);
  });
});
