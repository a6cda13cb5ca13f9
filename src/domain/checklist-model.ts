import type { Checklist, Option, Question, RespondentType, Section } from './schemas/checklist.js';
import { BUILTIN_OPTIONS } from './schemas/constants.js';

/** The question types that can carry a score. Number, date and text never do. */
const SCORABLE_TYPES = new Set(['yes-no', 'tri-state', 'single', 'multiple']);

export function isScorableType(type: Question['type']): boolean {
  return SCORABLE_TYPES.has(type);
}

export function questionWeight(question: Question): number {
  return question.weight ?? 1;
}

/** A question counts in scores when its type can be scored and its weight is above 0. */
export function isScored(question: Question): boolean {
  return isScorableType(question.type) && questionWeight(question) > 0;
}

export function allowsDontKnow(question: Question): boolean {
  return question.allowDontKnow ?? true;
}

/**
 * Whether "not applicable" may be offered: the question allows it and, when it
 * restricts it to kinds of respondent, the respondent is one of them (an
 * unknown respondent is offered it, and checked once known).
 */
export function allowsNotApplicable(question: Question, respondent?: RespondentType): boolean {
  if (!(question.allowNotApplicable ?? false)) return false;
  return respondent === undefined || question.notApplicableFor === undefined || question.notApplicableFor.includes(respondent);
}

export interface ResolvedOption {
  code: string;
  score: number | undefined;
  declared: Option | undefined;
  withText: boolean;
  exclusive: boolean;
}

/**
 * The options a question offers, with their scores: the built-in codes of
 * yes-no and tri-state (whose label or score a checklist may override by
 * declaring an option with the same code), or the declared ones.
 */
export function resolveOptions(question: Question): ResolvedOption[] {
  if (question.type === 'yes-no' || question.type === 'tri-state') {
    return BUILTIN_OPTIONS[question.type].map((builtin) => {
      const declared = question.options?.find((o) => o.code === builtin.code);
      return {
        code: builtin.code,
        score: declared?.score ?? builtin.score,
        declared,
        withText: declared?.withText ?? false,
        exclusive: false,
      };
    });
  }
  return (question.options ?? []).map((o) => ({
    code: o.code,
    score: o.score,
    declared: o,
    withText: o.withText ?? false,
    exclusive: o.exclusive ?? false,
  }));
}

/*
 * A checklist is read once and never changed afterwards: what is derived from
 * it or from one of its questions is kept with it (weakly, so that a checklist
 * no longer used is freed), and every report checked against it reuses it —
 * validate checks thousands of reports against the same few checklists.
 */

/** `compute`, run once per checklist or question and kept with it, as said above. */
export function keptFor<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    // One look-up where one suffices (validate asks for a question's options a few hundred times a report);
    // has() only for a value that is undefined.
    const known = kept.get(key);
    if (known !== undefined || kept.has(key)) return known as V;
    const value = compute(key);
    kept.set(key, value);
    return value;
  };
}

/** The question's options by code (resolveOptions, kept); the first of two equal codes wins, as a search in order would. */
export const optionsByCode = keptFor((question: Question): ReadonlyMap<string, ResolvedOption> => {
  const map = new Map<string, ResolvedOption>();
  for (const option of resolveOptions(question)) if (!map.has(option.code)) map.set(option.code, option);
  return map;
});

export interface LocatedQuestion {
  question: Question;
  section: Section;
  sectionIndex: number;
  questionIndex: number;
  /** Position in the whole checklist, 0-based. */
  order: number;
}

/** Every question in checklist order, with where it stands. */
export function listQuestions(checklist: Checklist): LocatedQuestion[] {
  const out: LocatedQuestion[] = [];
  checklist.sections.forEach((section, sectionIndex) => {
    section.questions.forEach((question, questionIndex) => {
      out.push({ question, section, sectionIndex, questionIndex, order: out.length });
    });
  });
  return out;
}

/** listQuestions, kept for the checklist (see keptFor): never change what it returns. */
export const locatedQuestions = keptFor((checklist: Checklist): readonly LocatedQuestion[] => listQuestions(checklist));

/** questionIndex, kept for the checklist (see keptFor): never change what it returns. */
export const questionLookup = keptFor((checklist: Checklist): ReadonlyMap<string, LocatedQuestion> => questionIndex(checklist));

export function questionIndex(checklist: Checklist): Map<string, LocatedQuestion> {
  const map = new Map<string, LocatedQuestion>();
  for (const located of listQuestions(checklist)) {
    if (!map.has(located.question.id)) map.set(located.question.id, located);
  }
  return map;
}

export function defaultLanguage(checklist: Pick<Checklist, 'languages'>): string {
  return checklist.languages[0] ?? 'en';
}
