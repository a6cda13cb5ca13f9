import type { Answer } from '../schemas/answers.js';
import type { Checklist } from '../schemas/checklist.js';

/** Where the walk stands: at a question, at the review screen, or done. */
export type Cursor = { kind: 'question'; id: string } | { kind: 'review' } | { kind: 'finished' };

/**
 * How "next" is chosen after an answer: in checklist order; within one
 * section revisited from the review screen (then back to the review); or
 * through the questions still unanswered (then back to the review).
 */
export type WalkMode = { kind: 'linear' } | { kind: 'section'; section: string } | { kind: 'remaining' };

/** Everything the walk needs; no I/O, no clock. Treated as immutable. */
export interface WalkState {
  readonly checklist: Checklist;
  readonly answers: Readonly<Record<string, Answer>>;
  /** Answers carried over from a previous report, shown as the default until confirmed or changed. */
  readonly pending: Readonly<Record<string, Answer>>;
  /** Questions put aside to come back to later, in the order they were skipped. */
  readonly skipped: readonly string[];
  readonly cursor: Cursor;
  readonly mode: WalkMode;
}

export type WalkEvent =
  /** Answer the current question and move on. */
  | { type: 'answer'; answer: Answer }
  /** Store an answer to the current question without moving (a partial answer, a note). */
  | { type: 'record'; answer: Answer }
  | { type: 'back' }
  | { type: 'skip' }
  /** Go to a section's first unanswered question (its first one when all are answered). */
  | { type: 'jump'; section: string }
  | { type: 'review' }
  | { type: 'revisit'; section: string }
  /** Go through the questions that must still be answered. */
  | { type: 'remaining' }
  | { type: 'finish' };
