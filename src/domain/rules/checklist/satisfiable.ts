import type { AnswerValue } from '../../schemas/answers.js';
import type { Question } from '../../schemas/checklist.js';
import type { Condition } from '../../schemas/condition.js';
import { conditionReferences, evaluateCondition, type ConditionSubject } from '../../conditions.js';
import { resolveOptions, type LocatedQuestion } from '../../checklist-model.js';

/** Beyond this many combinations the search gives up and says nothing. */
const MAX_COMBINATIONS = 50_000;
const MAX_SUBSET_OPTIONS = 6;

/** Literal values a set of conditions compares a question with. */
function comparedValues(conditions: Condition[], questionId: string): Array<string | number> {
  const out: Array<string | number> = [];
  const visit = (c: Condition): void => {
    if ('not' in c) visit(c.not);
    else if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('question' in c && c.question === questionId) {
      if ('equals' in c) out.push(c.equals);
      else for (const code of c.in) out.push(code);
    }
  };
  conditions.forEach(visit);
  return out;
}

/**
 * The answers that matter for conditions: every option (every subset of a
 * small multiple choice), "don't know" (answered but matching no code), and no
 * answer at all.
 */
function answerSpace(question: Question, conditions: Condition[]): AnswerValue[] {
  const base: AnswerValue[] = [null, 'dont-know'];
  if (question.type === 'multiple') {
    const codes = resolveOptions(question).map((o) => o.code);
    if (codes.length <= MAX_SUBSET_OPTIONS) {
      for (let mask = 1; mask < 1 << codes.length; mask++) {
        base.push(codes.filter((_, i) => mask & (1 << i)));
      }
    } else {
      for (const code of codes) base.push([code]);
      base.push(codes);
    }
    return base;
  }
  if (question.type === 'number' || question.type === 'date' || question.type === 'text') {
    return [...base, ...comparedValues(conditions, question.id), '\u0000other'];
  }
  return [...base, ...resolveOptions(question).map((o) => o.code)];
}

/** How many answers answerSpace gives a question at least, whatever the conditions compare it with. */
function smallestSpace(question: Question): number {
  const base = 2;
  if (question.type === 'multiple') {
    const count = resolveOptions(question).length;
    return base + (count <= MAX_SUBSET_OPTIONS ? 2 ** count - 1 : count + 1);
  }
  if (question.type === 'number' || question.type === 'date' || question.type === 'text') return base + 1;
  return base + resolveOptions(question).length;
}

/**
 * Whether some combination of answers to the questions a condition depends on
 * (directly, or through their own conditions) makes it true. Returns undefined
 * when the search space is too large to decide.
 */
export function isSatisfiable(condition: Condition, byId: ReadonlyMap<string, LocatedQuestion>): boolean | undefined {
  const closure = new Map<string, LocatedQuestion>();
  const pending = [...conditionReferences(condition)];
  // A lower bound of the search's size, known before the closure is complete: a long chain of
  // follow-ups is given up after a few questions instead of being walked whole for every question.
  let atLeast = 1;
  while (pending.length > 0) {
    const id = pending.pop() as string;
    const located = byId.get(id);
    if (!located || closure.has(id)) continue;
    closure.set(id, located);
    atLeast *= smallestSpace(located.question);
    if (atLeast > MAX_COMBINATIONS) return undefined;
    if (located.question.when) pending.push(...conditionReferences(located.question.when));
  }
  const ordered = [...closure.values()].sort((a, b) => a.order - b.order);
  const allConditions = [condition, ...ordered.flatMap((l) => (l.question.when ? [l.question.when] : []))];
  // Built one question at a time, so that a search too large to decide is given up as soon as it is known to be.
  const spaces: AnswerValue[][] = [];
  let combinations = 1;
  for (const located of ordered) {
    const space = answerSpace(located.question, allConditions);
    combinations *= space.length;
    if (combinations > MAX_COMBINATIONS) return undefined;
    spaces.push(space);
  }

  const subjects = new Map<string, ConditionSubject>();
  const lookup = (id: string) => subjects.get(id);
  const search = (index: number): boolean => {
    if (index === ordered.length) return evaluateCondition(condition, lookup);
    const question = (ordered[index] as LocatedQuestion).question;
    const visible = question.when ? evaluateCondition(question.when, lookup) : true;
    if (!visible) {
      subjects.set(question.id, { visible: false, value: null });
      return search(index + 1);
    }
    for (const value of spaces[index] as AnswerValue[]) {
      subjects.set(question.id, { visible: true, value });
      if (search(index + 1)) return true;
    }
    return false;
  };
  return search(0);
}
