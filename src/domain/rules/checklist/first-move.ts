import type { AnswerValue } from '../../schemas/answers.js';

/** A parent question's worse and better answers that move a follow-up's visibility. */
export interface Example {
  parent: string;
  worse: AnswerValue;
  better: AnswerValue;
}

/**
 * The first pair (worse, better) in the order of the values, worse first then
 * better, where the worse value's visibility is `worseShown` and the better
 * one's the opposite — in one pass over the values rather than one per pair
 * (a multiple-choice parent has hundreds of selections): the first worse value
 * that some better value of opposite visibility outscores, then the first such
 * better value.
 */
export function firstMove(
  scored: ReadonlyArray<{ value: AnswerValue; score: number }>,
  shown: readonly boolean[],
  worseShown: boolean,
  parent: string,
): Example | undefined {
  let best = -Infinity;
  for (let i = 0; i < scored.length; i++) if (shown[i] !== worseShown) best = Math.max(best, (scored[i] as { score: number }).score);
  const w = scored.findIndex((s, i) => shown[i] === worseShown && s.score < best);
  const worse = scored[w];
  if (worse === undefined) return undefined;
  const better = scored.find((s, i) => shown[i] !== worseShown && s.score > worse.score) as { value: AnswerValue };
  return { parent, worse: worse.value, better: better.value };
}
