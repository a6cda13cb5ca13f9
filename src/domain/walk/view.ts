import { questionStates, type QuestionStatus } from '../scoring/question-state.js';
import type { Answer } from '../schemas/answers.js';
import type { Checklist, Section } from '../schemas/checklist.js';

/** Answered counts every visible question with an answer, "don't know" and not applicable included. */
export interface Progress {
  answered: number;
  /** Questions currently asked: those whose condition holds. */
  applicable: number;
}

export interface SectionProgress extends Progress {
  section: Section;
  /** 1-based. */
  number: number;
  /** Visible, unanswered questions that must be answered for a complete report. */
  remaining: number;
  /** Visible, unanswered optional questions. */
  optionalRemaining: number;
  skipped: number;
}

/** The questions as the current answers make them: visible or hidden, answered or not. */
export interface WalkView {
  statuses: QuestionStatus[];
  visible: QuestionStatus[];
  byId: Map<string, QuestionStatus>;
}

export function walkView(checklist: Checklist, answers: Readonly<Record<string, Answer>>): WalkView {
  const statuses = questionStates(checklist, answers);
  const byId = new Map<string, QuestionStatus>();
  for (const status of statuses) if (!byId.has(status.question.id)) byId.set(status.question.id, status);
  return { statuses, visible: statuses.filter((s) => s.state !== 'hidden'), byId };
}

function isAnswered(status: QuestionStatus): boolean {
  return status.state !== 'hidden' && status.state !== 'unanswered';
}

/** Must still be answered for the report to be complete. */
export function isRemaining(status: QuestionStatus): boolean {
  return status.state === 'unanswered' && status.question.optional !== true;
}

export function progressOf(statuses: readonly QuestionStatus[]): Progress {
  const visible = statuses.filter((s) => s.state !== 'hidden');
  return { answered: visible.filter(isAnswered).length, applicable: visible.length };
}

export function sectionProgress(checklist: Checklist, view: WalkView, skipped: readonly string[]): SectionProgress[] {
  return checklist.sections.map((section, index) => {
    const inSection = view.visible.filter((s) => s.sectionId === section.id);
    return {
      section,
      number: index + 1,
      ...progressOf(inSection),
      remaining: inSection.filter(isRemaining).length,
      optionalRemaining: inSection.filter((s) => s.state === 'unanswered' && s.question.optional === true).length,
      skipped: inSection.filter((s) => s.state === 'unanswered' && skipped.includes(s.question.id)).length,
    };
  });
}

/** How far a set of answers got, e.g. to list drafts. */
export function walkProgress(checklist: Checklist, answers: Readonly<Record<string, Answer>>): Progress {
  return progressOf(walkView(checklist, answers).statuses);
}
