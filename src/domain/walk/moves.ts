import type { QuestionStatus } from '../scoring/question-state.js';
import type { Cursor, WalkMode, WalkState } from './state.js';
import { isRemaining, walkView, type WalkView } from './view.js';

const REVIEW: Cursor = { kind: 'review' };
const at = (status: QuestionStatus | undefined): Cursor => (status ? { kind: 'question', id: status.question.id } : REVIEW);

/** Order of the cursor's question, or past the end at the review screen. */
function orderOf(state: WalkState, view: WalkView): number {
  if (state.cursor.kind !== 'question') return Number.POSITIVE_INFINITY;
  return view.byId.get(state.cursor.id)?.order ?? -1;
}

/**
 * Where "next" leads after the current question, under the current answers
 * (an answer may just have shown or hidden later questions). The linear walk
 * ends at the review screen, which offers the questions still to answer.
 */
export function nextCursor(state: WalkState, mode: WalkMode, view = walkView(state.checklist, state.answers)): Cursor {
  const from = orderOf(state, view);
  const after = view.visible.filter((s) => s.order > from);
  switch (mode.kind) {
    case 'linear':
      return at(after[0]);
    case 'section':
      return at(after.find((s) => s.sectionId === mode.section));
    case 'remaining':
      return at(after.find(isRemaining));
  }
}

/** The visible question before the cursor, or undefined at the first one. */
export function previousCursor(state: WalkState, view = walkView(state.checklist, state.answers)): Cursor | undefined {
  const from = orderOf(state, view);
  const before = view.visible.filter((s) => s.order < from);
  const last = before[before.length - 1];
  return last ? at(last) : undefined;
}

/** Where "go to a section" lands: its first unanswered question, else (all answered) its first one. */
export function firstToAnswerInSection(view: WalkView, section: string): Cursor | undefined {
  const unanswered = view.visible.find((s) => s.sectionId === section && s.state === 'unanswered');
  return unanswered ? at(unanswered) : firstInSection(view, section);
}

export function firstInSection(view: WalkView, section: string): Cursor | undefined {
  const first = view.visible.find((s) => s.sectionId === section);
  return first ? at(first) : undefined;
}

export function firstRemaining(view: WalkView): Cursor | undefined {
  const first = view.visible.find(isRemaining);
  return first ? at(first) : undefined;
}

/**
 * A cursor that points at a visible question, or the review screen: a saved
 * position may name a question since hidden or gone from the checklist.
 */
export function settleCursor(state: WalkState, view = walkView(state.checklist, state.answers)): Cursor {
  const { cursor } = state;
  if (cursor.kind !== 'question') return cursor;
  const status = view.byId.get(cursor.id);
  if (status && status.state !== 'hidden') return cursor;
  return firstRemaining(view) ?? REVIEW;
}
