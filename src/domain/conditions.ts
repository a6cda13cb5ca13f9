import type { Condition } from './schemas/condition.js';
import type { AnswerValue } from './schemas/answers.js';

/**
 * What a condition can see of an earlier question: whether it is visible and
 * the value it holds (null when unanswered).
 */
export interface ConditionSubject {
  visible: boolean;
  value: AnswerValue | undefined;
}

export type SubjectLookup = (questionId: string) => ConditionSubject | undefined;

const RESERVED = new Set(['dont-know', 'not-applicable']);

/** Codes an answer holds, or null when the answer cannot satisfy `equals` / `in`. */
function heldCodes(subject: ConditionSubject | undefined): Array<string | number> | null {
  if (!subject || !subject.visible) return null;
  const value = subject.value;
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value;
  if (typeof value === 'string' && RESERVED.has(value)) return null;
  return [value];
}

/**
 * Evaluates a condition. A leaf on a question that is hidden, unanswered,
 * "don't know" or not applicable is false, except `answered`, which is true for
 * any visible answer (including "don't know" and not applicable). On a
 * multiple-choice answer, `equals` and `in` mean "includes".
 */
export function evaluateCondition(condition: Condition, lookup: SubjectLookup): boolean {
  if ('not' in condition) return !evaluateCondition(condition.not, lookup);
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, lookup));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, lookup));
  if ('answered' in condition) {
    const subject = lookup(condition.answered);
    return Boolean(subject?.visible) && subject?.value !== null && subject?.value !== undefined;
  }
  const codes = heldCodes(lookup(condition.question));
  if (codes === null) return false;
  if ('equals' in condition) return codes.some((c) => String(c) === String(condition.equals));
  return codes.some((c) => condition.in.some((w) => String(w) === String(c)));
}

/** Every question id a condition refers to, in order of appearance. */
export function conditionReferences(condition: Condition): string[] {
  if ('not' in condition) return conditionReferences(condition.not);
  if ('all' in condition) return condition.all.flatMap(conditionReferences);
  if ('any' in condition) return condition.any.flatMap(conditionReferences);
  if ('answered' in condition) return [condition.answered];
  return [condition.question];
}
