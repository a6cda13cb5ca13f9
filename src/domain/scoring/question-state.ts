import { evaluateCondition, type ConditionSubject } from '../conditions.js';
import { locatedQuestions } from '../checklist-model.js';
import type { Answer, AnswerValue } from '../schemas/answers.js';
import type { Checklist, Question } from '../schemas/checklist.js';

/** The one state every question ends in once the answers are read. */
const QUESTION_STATES = ['answered', 'dont-know', 'not-applicable', 'hidden', 'unanswered'] as const;
export type QuestionState = (typeof QUESTION_STATES)[number];

export interface QuestionStatus {
  question: Question;
  sectionId: string;
  /** Position in the whole checklist, 0-based. */
  order: number;
  state: QuestionState;
  /** The answer given, if any (kept even when the question is hidden, where it is ignored). */
  answer: Answer | undefined;
}

/**
 * The answer recorded for a question id. `Object.hasOwn` because ids such as
 * "constructor" are valid identifiers and must not reach Object.prototype.
 */
export function answerFor(answers: Record<string, Answer>, id: string): Answer | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/**
 * The answers by id, as answerFor finds them, in the order of Object.keys: read with for…in, where
 * V8 takes each value by its place in the object, rather than by name in an object whose shape is
 * new in every report. validate reads them so once, for the states and for the answer checks.
 */
export function ownAnswers(answers: Record<string, Answer>): ReadonlyMap<string, Answer> {
  const own = new Map<string, Answer>();
  for (const id in answers) if (Object.hasOwn(answers, id)) own.set(id, answers[id] as Answer);
  return own;
}

/** A value counts as no answer: absent, null, or an empty list of choices. */
export function isEmptyValue(value: AnswerValue | undefined): value is null | undefined | [] {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/** The state of a visible question, from its answer alone. */
function visibleState(answer: Answer | undefined): Exclude<QuestionState, 'hidden'> {
  const value = answer?.value;
  if (isEmptyValue(value)) return 'unanswered';
  if (value === 'dont-know') return 'dont-know';
  if (value === 'not-applicable') return 'not-applicable';
  return 'answered';
}

/**
 * The state of every question, in checklist order. Conditions are evaluated in
 * that order and see only earlier questions, with their visibility and value;
 * an unanswered question shows no value (an empty list is no answer either),
 * and a hidden one shows neither, whatever answer the file holds for it.
 */
export function questionStates(
  checklist: Checklist,
  answers: Record<string, Answer>,
  /** ownAnswers(answers), when the caller has it. */
  given: ReadonlyMap<string, Answer> = ownAnswers(answers),
): QuestionStatus[] {
  const seen = new Map<string, ConditionSubject>();
  const lookup = (id: string): ConditionSubject | undefined => seen.get(id);
  return locatedQuestions(checklist).map(({ question, section, order }) => {
    const answer = given.get(question.id);
    const visible = question.when === undefined || evaluateCondition(question.when, lookup);
    const state: QuestionState = visible ? visibleState(answer) : 'hidden';
    // A duplicated id (a lint error) keeps the first question's subject.
    if (!seen.has(question.id)) {
      seen.set(question.id, { visible, value: state === 'unanswered' ? undefined : answer?.value });
    }
    return { question, sectionId: section.id, order, state, answer };
  });
}

export function isVisible(state: QuestionState): boolean {
  return state !== 'hidden';
}
