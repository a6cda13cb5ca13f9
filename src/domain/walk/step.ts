import { answerFor } from '../scoring/question-state.js';
import { completenessOf, type Completeness } from '../scoring/score.js';
import type { Answer } from '../schemas/answers.js';
import type { Checklist, Question, Section } from '../schemas/checklist.js';
import { previousCursor, settleCursor } from './moves.js';
import type { Cursor, WalkState } from './state.js';
import { progressOf, sectionProgress, walkView, type Progress, type SectionProgress } from './view.js';

export interface QuestionStep {
  kind: 'question';
  question: Question;
  section: Section;
  /** 1-based position of the section, and how many there are. */
  sectionNumber: number;
  sectionCount: number;
  /** 1-based position of the question in the whole checklist (stable whatever is hidden), and how many there are. */
  number: number;
  /** The question's number as the report prints it: section, then position in the section ("2.6"). */
  label: string;
  total: number;
  progress: Progress;
  /** May be left unanswered without making the report incomplete. */
  optional: boolean;
  /** The answer given so far, if any. */
  current: Answer | undefined;
  /** The previous report's answer, to confirm or change. */
  pending: Answer | undefined;
  skipped: boolean;
  /** False at the first visible question: "back" has nowhere to go. */
  canGoBack: boolean;
}

export interface ReviewStep {
  kind: 'review';
  sections: SectionProgress[];
  progress: Progress;
  /** Visible questions still to answer for a complete report. */
  remaining: number;
  completeness: Completeness;
}

interface FinishStep {
  kind: 'finish';
  completeness: Completeness;
}

export type Step = QuestionStep | ReviewStep | FinishStep;

/** What to ask now. Pure: the same state always gives the same step. */
export function nextStep(state: WalkState): Step {
  const view = walkView(state.checklist, state.answers);
  const cursor = settleCursor(state, view);
  const completeness = completenessOf(view.statuses);
  if (cursor.kind === 'finished') return { kind: 'finish', completeness };
  if (cursor.kind === 'review') {
    return {
      kind: 'review',
      sections: sectionProgress(state.checklist, view, state.skipped),
      progress: progressOf(view.statuses),
      remaining: completeness.missing,
      completeness,
    };
  }
  const status = view.byId.get(cursor.id);
  const sectionIndex = state.checklist.sections.findIndex((s) => s.id === status?.sectionId);
  const section = state.checklist.sections[sectionIndex];
  if (!status || !section) throw new Error(`the walk stands at an unknown question "${cursor.id}"`);
  return {
    kind: 'question',
    question: status.question,
    section,
    sectionNumber: sectionIndex + 1,
    sectionCount: state.checklist.sections.length,
    number: status.order + 1,
    label: questionLabel(state.checklist, status.question.id) ?? status.question.id,
    total: view.statuses.length,
    progress: progressOf(view.statuses),
    optional: status.question.optional === true,
    current: answerFor(state.answers, cursor.id),
    pending: answerFor(state.pending, cursor.id),
    skipped: state.skipped.includes(cursor.id),
    canGoBack: previousCursor({ ...state, cursor }, view) !== undefined,
  };
}

export interface StartOptions {
  answers?: Record<string, Answer>;
  pending?: Record<string, Answer>;
  skipped?: string[];
  /** A saved position: a question id, or null for the review screen. Absent: the first question to answer. */
  position?: string | null;
}

/** A walk at its start, or where a draft left it (a position since hidden or gone is moved to a valid one). */
export function startWalk(checklist: Checklist, options: StartOptions = {}): WalkState {
  const answers = options.answers ?? {};
  const view = walkView(checklist, answers);
  const first = view.visible[0];
  let cursor: Cursor;
  if (options.position === null) cursor = { kind: 'review' };
  else if (options.position !== undefined) cursor = { kind: 'question', id: options.position };
  else cursor = first ? { kind: 'question', id: first.question.id } : { kind: 'review' };
  const state: WalkState = {
    checklist,
    answers,
    pending: options.pending ?? {},
    skipped: options.skipped ?? [],
    cursor,
    mode: { kind: 'linear' },
  };
  return { ...state, cursor: settleCursor(state, view) };
}

/** A question's number as the report prints it ("2.6": section, then position in the section); undefined for an id the checklist does not have. */
export function questionLabel(checklist: Checklist, id: string): string | undefined {
  for (const [s, section] of checklist.sections.entries()) {
    const q = section.questions.findIndex((question) => question.id === id);
    if (q >= 0) return `${s + 1}.${q + 1}`;
  }
  return undefined;
}
