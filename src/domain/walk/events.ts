import type { Answer } from '../schemas/answers.js';
import { firstInSection, firstRemaining, firstToAnswerInSection, nextCursor, previousCursor } from './moves.js';
import type { WalkEvent, WalkState } from './state.js';
import { walkView } from './view.js';

const LINEAR = { kind: 'linear' } as const;

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

/** Stores an answer to a question, as it stands: a partial one leaves the previous report's answer pending. */
function record(state: WalkState, id: string, answer: Answer): WalkState {
  return { ...state, answers: { ...state.answers, [id]: answer } };
}

/** Stores the answer given to a question: it is no longer pending nor skipped. */
function confirm(state: WalkState, id: string, answer: Answer): WalkState {
  return { ...record(state, id, answer), pending: withoutKey(state.pending, id), skipped: state.skipped.filter((s) => s !== id) };
}

/**
 * The walk's transitions. An event that does not fit where the walk stands
 * (an answer at the review screen, a jump to a section with nothing to ask)
 * leaves the state as it is: the adapter never has to guard against it.
 */
export function applyEvent(state: WalkState, event: WalkEvent): WalkState {
  const current = state.cursor.kind === 'question' ? state.cursor.id : undefined;
  switch (event.type) {
    case 'record':
      return current === undefined ? state : record(state, current, event.answer);
    case 'answer': {
      if (current === undefined) return state;
      const answered = confirm(state, current, event.answer);
      return { ...answered, cursor: nextCursor(answered, answered.mode) };
    }
    case 'skip': {
      if (current === undefined) return state;
      const skipped = state.skipped.includes(current) ? state.skipped : [...state.skipped, current];
      const next = { ...state, skipped };
      return { ...next, cursor: nextCursor(next, next.mode) };
    }
    case 'back': {
      const previous = previousCursor(state);
      return previous ? { ...state, cursor: previous, mode: LINEAR } : state;
    }
    case 'jump': {
      const target = firstToAnswerInSection(walkView(state.checklist, state.answers), event.section);
      return target ? { ...state, cursor: target, mode: LINEAR } : state;
    }
    case 'revisit': {
      const target = firstInSection(walkView(state.checklist, state.answers), event.section);
      return target ? { ...state, cursor: target, mode: { kind: 'section', section: event.section } } : state;
    }
    case 'remaining': {
      const target = firstRemaining(walkView(state.checklist, state.answers));
      return target ? { ...state, cursor: target, mode: { kind: 'remaining' } } : state;
    }
    case 'review':
      return { ...state, cursor: { kind: 'review' }, mode: LINEAR };
    case 'finish':
      return state.cursor.kind === 'review' ? { ...state, cursor: { kind: 'finished' } } : state;
  }
}
