import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstMove, type Example } from '../../../../src/domain/rules/checklist/first-move.js';

/** The definition: the first (worse, better) pair, worse first then better, in the values' order. */
function firstPair(scores: readonly number[], shown: readonly boolean[], worseShown: boolean): Example | undefined {
  for (let w = 0; w < scores.length; w++) {
    for (let b = 0; b < scores.length; b++) {
      if ((scores[w] as number) >= (scores[b] as number)) continue;
      if (shown[w] === worseShown && shown[b] !== worseShown) return { parent: 'p', worse: String(w), better: String(b) };
    }
  }
  return undefined;
}

const values = fc.array(fc.tuple(fc.constantFrom(0, 0.25, 0.5, 0.75, 1), fc.boolean()), { maxLength: 40 });

describe('firstMove', () => {
  it('finds the pair the pairwise search finds first, in one pass', () => {
    fc.assert(
      fc.property(values, fc.boolean(), (pairs, worseShown) => {
        const scored = pairs.map(([score], i) => ({ value: String(i), score }));
        const shown = pairs.map(([, s]) => s);
        const scores = pairs.map(([score]) => score);
        expect(firstMove(scored, shown, worseShown, 'p')).toEqual(firstPair(scores, shown, worseShown));
      }),
      { numRuns: 2000 },
    );
  });

  it('names a worse answer that shows the question and a better one that hides it', () => {
    const scored = [
      { value: 'yes', score: 1 },
      { value: 'partly', score: 0.5 },
      { value: 'no', score: 0 },
    ];
    expect(firstMove(scored, [false, true, true], true, 'q1')).toEqual({ parent: 'q1', worse: 'partly', better: 'yes' });
    expect(firstMove(scored, [false, true, true], false, 'q1')).toBeUndefined();
  });
});
