import fc from 'fast-check';
import { conditionReferences } from '../../src/domain/conditions.js';
import type { Answer, AnswersDocument } from '../../src/domain/schemas/answers.js';
import type { Checklist, Option, Question, QuestionType } from '../../src/domain/schemas/checklist.js';
import type { Condition } from '../../src/domain/schemas/condition.js';

/** Small random checklists and answers for property tests. Every generated document is valid. */

const text = (en: string) => ({ en, fr: `${en} (fr)` });

const PILLARS = ['p1', 'p2', 'p3'] as const;
const CATEGORIES = ['legal', 'training'] as const;

export const BANDS: Checklist['scoring']['bands'] = [
  { id: 'b0', min: 0, max: 0.25, label: text('Initial') },
  { id: 'b1', min: 0.25, max: 0.5, label: text('Developing') },
  { id: 'b2', min: 0.5, max: 0.75, label: text('Established') },
  { id: 'b3', min: 0.75, max: 1, label: text('Advanced') },
];

const scoreArb = fc.oneof(
  fc.constantFrom(0, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75, 1),
  fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }),
);

interface ConditionSeed {
  kind: 'answered' | 'equals' | 'in';
  target: number;
  pick: number;
  negate: boolean;
}

interface QuestionSeed {
  type: QuestionType;
  weight: number | undefined;
  allowNotApplicable: boolean;
  allowDontKnow: boolean;
  optional: boolean;
  options: Array<{ score: number; exclusive: boolean; withText: boolean }>;
  aggregate: Question['aggregate'];
  pillars: string[];
  assistance: boolean;
  condition: ConditionSeed | null;
}

const conditionSeedArb: fc.Arbitrary<ConditionSeed> = fc.record({
  kind: fc.constantFrom('answered' as const, 'equals' as const, 'in' as const),
  target: fc.double({ min: 0, max: 0.999, noNaN: true }),
  pick: fc.nat(5),
  negate: fc.boolean(),
});

const questionSeedArb: fc.Arbitrary<QuestionSeed> = fc.record({
  type: fc.constantFrom<QuestionType>('yes-no', 'tri-state', 'single', 'multiple', 'multiple', 'number', 'text', 'date'),
  weight: fc.constantFrom(undefined, 0, 0.5, 1, 2, 3),
  allowNotApplicable: fc.boolean(),
  allowDontKnow: fc.boolean(),
  optional: fc.boolean(),
  options: fc.array(fc.record({ score: scoreArb, exclusive: fc.boolean(), withText: fc.boolean() }), { minLength: 1, maxLength: 4 }),
  aggregate: fc.constantFrom(undefined, 'sum' as const, 'max' as const, 'mean' as const),
  pillars: fc.subarray([...PILLARS]),
  assistance: fc.boolean(),
  condition: fc.option(conditionSeedArb, { nil: null }),
});

/** The option codes a question offers. */
function codesOf(question: Question): string[] {
  if (question.type === 'yes-no') return ['yes', 'no'];
  if (question.type === 'tri-state') return ['yes', 'partly', 'no'];
  return (question.options ?? []).map((o) => o.code);
}

function buildCondition(seed: ConditionSeed, earlier: Question[]): Condition | undefined {
  const target = earlier[Math.floor(seed.target * earlier.length)];
  if (!target) return undefined;
  const codes = codesOf(target);
  let leaf: Condition;
  if (seed.kind === 'answered' || codes.length === 0) leaf = { answered: target.id };
  else if (seed.kind === 'equals') leaf = { question: target.id, equals: codes[seed.pick % codes.length] ?? 'yes' };
  else leaf = { question: target.id, in: codes.slice(0, 1 + (seed.pick % codes.length)) };
  return seed.negate ? { not: leaf } : leaf;
}

function buildQuestion(seed: QuestionSeed, id: string, earlier: Question[]): Question {
  const question: Question = { id, type: seed.type, text: text(`Question ${id}?`) };
  if (seed.weight !== undefined) question.weight = seed.weight;
  if (seed.allowNotApplicable) question.allowNotApplicable = true;
  if (!seed.allowDontKnow) question.allowDontKnow = false;
  if (seed.optional) question.optional = true;
  if (seed.pillars.length > 0) question.pillars = seed.pillars;
  if (seed.assistance) question.assistance = true;
  if (seed.type === 'single' || seed.type === 'multiple') {
    question.options = seed.options.map((o, i): Option => ({
      code: `o${i}`,
      label: text(`Option ${i}`),
      score: o.score,
      ...(o.withText ? { withText: true } : {}),
      ...(seed.type === 'multiple' && o.exclusive ? { exclusive: true } : {}),
    }));
  }
  if (seed.type === 'multiple' && seed.aggregate) question.aggregate = seed.aggregate;
  if (seed.type === 'tri-state' && seed.options[0]) {
    // Sometimes override a built-in score, as a checklist may.
    question.options = [{ code: 'partly', label: text('Partly'), score: seed.options[0].score }];
  }
  if (seed.type === 'number') {
    question.min = 0;
    question.max = 100;
  }
  const when = seed.condition && buildCondition(seed.condition, earlier);
  if (when) question.when = when;
  return question;
}

export const checklistArb: fc.Arbitrary<Checklist> = fc
  .record({
    sections: fc.array(fc.array(questionSeedArb, { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
    model: fc.constantFrom(undefined, 'weighted' as const, 'flat-unweighted' as const),
  })
  .map(({ sections, model }) => {
    const earlier: Question[] = [];
    const built = sections.map((seeds, s) => ({
      id: `s${s}`,
      title: text(`Section ${s}`),
      questions: seeds.map((seed) => {
        const question = buildQuestion(seed, `q${earlier.length}`, earlier);
        earlier.push(question);
        return question;
      }),
    }));
    return {
      kind: 'checklist' as const,
      formatVersion: 1 as const,
      id: 'generated',
      version: '1.0.0',
      languages: ['en', 'fr'],
      title: text('Generated'),
      pillars: PILLARS.map((id) => ({ id, title: text(id) })),
      assistanceCategories: CATEGORIES.map((id) => ({ id, title: text(id) })),
      scoring: { ...(model ? { model } : {}), bands: BANDS },
      sections: built,
    };
  });

/** A valid value (not a reserved code) for a question. */
export function valueArb(question: Question): fc.Arbitrary<NonNullable<Answer['value']>> {
  switch (question.type) {
    case 'yes-no':
    case 'tri-state':
    case 'single':
      return fc.constantFrom(...codesOf(question));
    case 'multiple': {
      const options = question.options ?? [];
      const combinable = options.filter((o) => !o.exclusive).map((o) => o.code);
      const exclusive = options.filter((o) => o.exclusive).map((o) => o.code);
      const lone = exclusive.length > 0 ? [fc.constantFrom(...exclusive).map((c) => [c])] : [];
      return fc.oneof(fc.subarray(combinable, { minLength: combinable.length > 0 ? 1 : 0 }), ...lone);
    }
    case 'number':
      return fc.integer({ min: 0, max: 100 });
    case 'date':
      return fc.constantFrom('2024-02-29', '2025-12-31');
    case 'text':
      return fc.constantFrom('Law 12/2020', 'A text');
  }
}

/** An answer, or undefined for no entry, that checkAnswers accepts. */
export function answerArb(question: Question): fc.Arbitrary<Answer | undefined> {
  const choices: Array<fc.Arbitrary<Answer | undefined>> = [
    fc.constant(undefined),
    fc.constant({ value: null }),
    valueArb(question).map((value) => ({ value })),
    valueArb(question).map((value) => ({ value })),
  ];
  if (question.allowDontKnow !== false) choices.push(fc.constant({ value: 'dont-know' }));
  if (question.allowNotApplicable) choices.push(fc.constant({ value: 'not-applicable', justification: 'Does not apply.' }));
  const needs = question.assistance ? fc.subarray([...CATEGORIES], { minLength: 1 }) : fc.constant(undefined);
  return fc
    .tuple(fc.oneof(...choices), fc.boolean(), needs)
    .map(([answer, withNeeds, assistance]) => (answer && withNeeds && assistance ? { ...answer, assistance } : answer));
}

export function allQuestions(checklist: Checklist): Question[] {
  return checklist.sections.flatMap((s) => s.questions);
}

function answersArb(checklist: Checklist): fc.Arbitrary<Record<string, Answer>> {
  const questions = allQuestions(checklist);
  return fc.tuple(...questions.map(answerArb)).map((answers) => {
    const record: Record<string, Answer> = {};
    answers.forEach((answer, i) => {
      const question = questions[i];
      if (answer && question) record[question.id] = answer;
    });
    return record;
  });
}

export interface Scenario {
  checklist: Checklist;
  answers: Record<string, Answer>;
}

export const scenarioArb: fc.Arbitrary<Scenario> = checklistArb.chain((checklist) =>
  answersArb(checklist).map((answers) => ({ checklist, answers })),
);

/** Ids of the questions some condition refers to. */
export function referencedIds(checklist: Checklist): Set<string> {
  return new Set(allQuestions(checklist).flatMap((q) => (q.when ? conditionReferences(q.when) : [])));
}

/** An answers document around a record of answers, ready for buildReport. */
export function answersDocument(checklist: Checklist, answers: Record<string, Answer>): AnswersDocument {
  return {
    kind: 'answers',
    formatVersion: 1,
    checklist: { id: checklist.id, version: checklist.version },
    language: 'en',
    respondent: { party: { type: 'state', code: 'FRA', name: 'France' }, institution: 'Ministry' },
    period: '2025',
    answers,
  };
}

/** A hand-made question with both texts; for unit tests. */
export function q(id: string, type: QuestionType, extra: Partial<Question> = {}): Question {
  return { id, type, text: text(`${id}?`), ...extra };
}

/** A valid checklist around hand-made sections (`{ s1: [...] }`); for unit tests. */
export function checklistOf(sections: Record<string, Question[]>, scoring: Partial<Checklist['scoring']> = {}): Checklist {
  return {
    kind: 'checklist',
    formatVersion: 1,
    id: 'unit',
    version: '1.0.0',
    languages: ['en', 'fr'],
    title: text('Unit'),
    pillars: PILLARS.map((id) => ({ id, title: text(id) })),
    assistanceCategories: CATEGORIES.map((id) => ({ id, title: text(id) })),
    scoring: { bands: BANDS, ...scoring },
    sections: Object.entries(sections).map(([id, questions]) => ({ id, title: text(id), questions })),
  };
}

/** Options `{ code: score }` for single and multiple choice; for unit tests. */
export function options(scores: Record<string, number>, extra: Record<string, Partial<Option>> = {}): Option[] {
  return Object.entries(scores).map(([code, score]) => ({ code, label: text(code), score, ...extra[code] }));
}
