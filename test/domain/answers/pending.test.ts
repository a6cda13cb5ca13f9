import { describe, expect, it } from 'vitest';
import { pendingCount, pendingFindings } from '../../../src/domain/answers/pending.js';

describe('pending answers of a draft', () => {
  it('are counted, and said in one warning at /draft/pending', () => {
    const draft = { draft: { pending: { q1: { value: 'yes' }, q2: { value: 'no' } } } };
    expect(pendingCount(draft)).toBe(2);
    expect(pendingFindings(draft)).toEqual([
      {
        code: 'draft-pending-answers',
        severity: 'warning',
        message: { key: 'draft-pending-answers', params: { count: 2 } },
        pointer: '/draft/pending',
      },
    ]);
  });

  it('are none without a draft, or with nothing pending', () => {
    expect(pendingFindings({})).toEqual([]);
    expect(pendingFindings({ draft: { pending: {} } })).toEqual([]);
    expect(pendingCount({ draft: {} })).toBe(0);
  });
});
