import type { AnswerValue } from '../schemas/answers.js';
import type { QuestionState } from '../scoring/question-state.js';
import { round4 } from '../scoring/score.js';
import { assessedScore } from '../scoring/assessed.js';
import { scoredQuestions, type ComparedReport, type ComparedScores, type ScoreCell } from './shared-questions.js';

interface ScoreChange {
  id: string;
  before: number | null;
  after: number | null;
  /** after − before, rounded to 4 decimals; null when either is not assessed. */
  change: number | null;
}

export interface AnswerChange {
  question: string;
  /** The question's section in the later period's checklist. */
  section: string;
  before: { state: QuestionState; value: AnswerValue | null; score: number | null };
  after: { state: QuestionState; value: AnswerValue | null; score: number | null };
}

export interface PeriodDiff {
  from: { period: string; version: string };
  to: { period: string; version: string };
  overall: ScoreChange;
  sections: ScoreChange[];
  pillars: ScoreChange[];
  /** Shared questions whose answer changed, in the later checklist's order. */
  answers: AnswerChange[];
}

/** A section or pillar nobody answered in a period is not assessed there: no change is measured from or to it. */
function change(id: string, before: ScoreCell | undefined, after: ScoreCell | undefined): ScoreChange {
  const b = before ? assessedScore(before.score, before.counts) : null;
  const a = after ? assessedScore(after.score, after.counts) : null;
  return { id, before: b, after: a, change: a === null || b === null ? null : round4(a - b) };
}

/** What a question's answer amounts to: not asked, or its value with the order of choices ignored. */
function answerKey(state: QuestionState, value: AnswerValue | undefined): string {
  if (state === 'hidden') return 'hidden';
  if (value === undefined || value === null) return 'none';
  return JSON.stringify(Array.isArray(value) ? [...new Set(value)].sort() : value);
}

/**
 * What changed between two periods of one party: the score of every section
 * and pillar both show, and every shared question whose answer changed (a
 * question becoming asked or no longer asked counts as a change).
 */
export function diffPeriods(
  before: ComparedReport & { scores: ComparedScores },
  after: ComparedReport & { scores: ComparedScores },
  shared: { questions: readonly string[]; sections: readonly string[]; pillars: readonly string[] },
): PeriodDiff {
  const ids = new Set(shared.questions);
  const earlier = new Map(scoredQuestions(before).map((q) => [q.question.id, q]));
  const answers: AnswerChange[] = [];
  for (const later of scoredQuestions(after)) {
    const id = later.question.id;
    const old = earlier.get(id);
    if (!ids.has(id) || !old) continue;
    if (answerKey(old.state, old.answer?.value) === answerKey(later.state, later.answer?.value)) continue;
    answers.push({
      question: id,
      section: later.sectionId,
      before: { state: old.state, value: old.answer?.value ?? null, score: old.score },
      after: { state: later.state, value: later.answer?.value ?? null, score: later.score },
    });
  }
  return {
    from: { period: before.report.period, version: before.report.checklist.version },
    to: { period: after.report.period, version: after.report.checklist.version },
    overall: change('overall', before.scores.overall, after.scores.overall),
    sections: shared.sections.map((id) => change(id, before.scores.sections.get(id), after.scores.sections.get(id))),
    pillars: shared.pillars.map((id) => change(id, before.scores.pillars.get(id), after.scores.pillars.get(id))),
    answers,
  };
}
