import { listQuestions } from '../checklist-model.js';
import type { AnswersDocument, ChecklistReference, Respondent } from '../schemas/answers.js';
import { FORMAT_VERSION } from '../schemas/constants.js';
import type { WalkState } from './state.js';

/** What a draft records besides the walk: who answers, for what period, in which language. */
export interface DraftMeta {
  checklist: ChecklistReference;
  language?: string | undefined;
  respondent?: Respondent | undefined;
  period?: string | undefined;
}

/** The answers of a walk as an answers document, without its position: what a report is built from. */
export function answersDocument(state: WalkState, meta: DraftMeta): AnswersDocument {
  // Built in reading order: who and when first, then the answers.
  return {
    kind: 'answers',
    formatVersion: FORMAT_VERSION,
    checklist: { ...meta.checklist },
    ...(meta.language !== undefined && { language: meta.language }),
    ...(meta.respondent !== undefined && { respondent: structuredClone(meta.respondent) }),
    ...(meta.period !== undefined && meta.period !== '' && { period: meta.period }),
    answers: structuredClone({ ...state.answers }),
  };
}

/**
 * A draft: the answers document plus where the walk stands, the checklist's
 * question ids (to tell new questions from gone ones on resume) and the
 * answers from a previous report still to confirm. `savedAt` comes from the caller.
 */
export function draftDocument(state: WalkState, meta: DraftMeta, savedAt: string): AnswersDocument {
  const document = answersDocument(state, meta);
  const pending = Object.keys(state.pending).length > 0 ? { pending: structuredClone({ ...state.pending }) } : {};
  const skipped = state.skipped.length > 0 ? { skipped: [...state.skipped] } : {};
  document.draft = {
    position: state.cursor.kind === 'question' ? state.cursor.id : null,
    ...skipped,
    questions: listQuestions(state.checklist).map((q) => q.question.id),
    ...pending,
    savedAt,
  };
  return document;
}
