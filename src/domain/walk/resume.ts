import { checkAnswers } from '../answers/check-answers.js';
import type { ToolWords } from '../answers/tool-words.js';
import { listQuestions } from '../checklist-model.js';
import type { Answer, AnswersDocument } from '../schemas/answers.js';
import type { Checklist } from '../schemas/checklist.js';
import { startWalk } from './step.js';
import type { WalkState } from './state.js';

export interface CarriedOver {
  state: WalkState;
  /** Questions of the checklist the draft did not know (known only when the draft lists its questions). */
  newQuestions: string[];
  /** Questions the draft knew that the checklist no longer has, with or without an answer. */
  goneQuestions: string[];
  /** Gone questions that had an answer: that answer is dropped. */
  droppedAnswers: string[];
  /** Answers whose value no longer fits the question (e.g. an option removed): to confirm again. */
  changedAnswers: string[];
  /** Answers to questions whose meaning changed since the draft's checklist version: to confirm again. */
  meaningChanged: string[];
  /** The draft's checklist version, when it differs from the checklist's. */
  fromVersion?: string;
}

/**
 * Questions whose meaning changed since `version`, as the checklist's history
 * says; none when the version is the checklist's own or the history does not
 * know it.
 */
function meaningChangedSince(checklist: Checklist, version: string): Set<string> {
  if (version === checklist.version) return new Set();
  return new Set((checklist.history ?? []).filter((h) => h.version === version).flatMap((h) => h.meaningChanged));
}

function pick(record: Readonly<Record<string, Answer>>, ids: ReadonlySet<string>): Record<string, Answer> {
  return Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
}

/** Ids whose answer has an error under the checklist: its value no longer fits. */
function misfits(checklist: Checklist, answers: Record<string, Answer>, words: ToolWords): Set<string> {
  const bad = new Set<string>();
  for (const finding of checkAnswers(checklist, answers, words, '')) {
    if (finding.severity !== 'error') continue;
    const id = finding.pointer.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
    if (id !== undefined) bad.add(id);
  }
  return bad;
}

/**
 * Resumes a draft on the checklist as it is now. Answers carry over by
 * question id; an answer whose value no longer fits is moved back to the
 * answers to confirm, with its notes and evidence, so nothing typed is lost.
 * The same applies to answers pending from a previous report.
 */
export function carryOver(draft: AnswersDocument, checklist: Checklist, words: ToolWords): CarriedOver {
  const ids = new Set(listQuestions(checklist).map((q) => q.question.id));
  const known = draft.draft?.questions;
  const previous = new Set([...(known ?? []), ...Object.keys(draft.answers)]);
  const goneQuestions = [...previous].filter((id) => !ids.has(id));
  const droppedAnswers = Object.keys(draft.answers).filter((id) => !ids.has(id));
  const newQuestions = known ? [...ids].filter((id) => !known.includes(id)) : [];

  const kept = pick(draft.answers, ids);
  const changedMeaning = meaningChangedSince(checklist, draft.checklist.version);
  const misfit = misfits(checklist, kept, words);
  // An answer to a question whose meaning changed is not an answer to the new question until confirmed.
  const bad = new Set([...misfit, ...Object.keys(kept).filter((id) => changedMeaning.has(id))]);
  const answers = Object.fromEntries(Object.entries(kept).filter(([id]) => !bad.has(id)));
  const changed = Object.fromEntries(Object.entries(kept).filter(([id]) => bad.has(id)));
  const pending = { ...pick(draft.draft?.pending ?? {}, ids), ...changed };

  const position = draft.draft?.position;
  const state = startWalk(checklist, {
    answers,
    pending,
    skipped: (draft.draft?.skipped ?? []).filter((id) => ids.has(id)),
    ...(position === undefined ? {} : { position }),
  });
  return {
    state,
    newQuestions,
    goneQuestions,
    droppedAnswers,
    changedAnswers: Object.keys(changed).filter((id) => misfit.has(id)),
    meaningChanged: Object.keys(changed).filter((id) => !misfit.has(id)),
    ...(draft.checklist.version === checklist.version ? {} : { fromVersion: draft.checklist.version }),
  };
}

/**
 * Starts a new cycle from a previous report: every answer to a question the
 * checklist still has becomes pending, shown as the default to confirm or change.
 */
export function prefillFromAnswers(
  previous: Readonly<Record<string, Answer>>,
  checklist: Checklist,
  previousVersion: string = checklist.version,
): { state: WalkState; goneQuestions: string[]; meaningChanged: string[] } {
  const ids = new Set(listQuestions(checklist).map((q) => q.question.id));
  const goneQuestions = Object.keys(previous).filter((id) => !ids.has(id));
  const changed = meaningChangedSince(checklist, previousVersion);
  const meaningChanged = Object.keys(previous).filter((id) => ids.has(id) && changed.has(id));
  return { state: startWalk(checklist, { pending: structuredClone(pick(previous, ids)) }), goneQuestions, meaningChanged };
}
