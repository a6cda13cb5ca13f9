import { listQuestions } from '../checklist-model.js';
import type { Checklist } from '../schemas/checklist.js';
import type { Report } from '../schemas/report.js';
import { questionStates } from '../scoring/question-state.js';
import { round4, scoreQuestions, scoreStatuses, type ScoredQuestion } from '../scoring/score.js';

/** A report with the checklist it was made with. */
export interface ComparedReport {
  report: Report;
  checklist: Checklist;
}

export interface ScoreCell {
  /** Rounded to 4 decimals; null when not assessed. */
  score: number | null;
  band: string | null;
}

/** The scores a comparison shows for one report. */
export interface ComparedScores {
  overall: ScoreCell;
  sections: Map<string, ScoreCell>;
  pillars: Map<string, ScoreCell>;
}

/** Ids of the questions every checklist has, in the order of the first. */
export function sharedQuestionIds(checklists: readonly Checklist[]): string[] {
  const [first, ...others] = checklists;
  if (!first) return [];
  const sets = others.map((c) => new Set(listQuestions(c).map((q) => q.question.id)));
  return listQuestions(first)
    .map((q) => q.question.id)
    .filter((id) => sets.every((set) => set.has(id)));
}

/** Ids of the sections (or pillars) every checklist has, in the order of the last (the most recent). */
export function sharedIds(lists: ReadonlyArray<readonly string[]>): string[] {
  const last = lists[lists.length - 1] ?? [];
  return last.filter((id) => lists.every((list) => list.includes(id)));
}

/**
 * The question states and scores of a report under its own checklist: a
 * question's visibility depends on the answers to earlier ones, which may
 * not be shared, so it is decided on the whole checklist first.
 */
export function scoredQuestions({ report, checklist }: ComparedReport): ScoredQuestion[] {
  return scoreStatuses(report.scoring.model, questionStates(checklist, report.answers));
}

/**
 * Scores of a report over some of its questions only (those every compared
 * checklist version has), so that reports on different versions are set
 * side by side on the same questions. Same model, weights and bands as the
 * report's own scores, so that on all its questions it gives them exactly.
 */
export function scoresOn(compared: ComparedReport, questionIds: ReadonlySet<string>): ComparedScores {
  const { report, checklist } = compared;
  const subset = scoredQuestions(compared).filter((q) => questionIds.has(q.question.id));
  const scoring = { model: report.scoring.model, bands: report.scoring.bands };
  const result = scoreQuestions({ ...checklist, scoring }, subset);
  const cell = (score: number | null, band: string | null): ScoreCell => ({ score: score === null ? null : round4(score), band });
  return {
    overall: cell(result.overall.score, result.overall.band),
    sections: new Map(result.sections.map((s) => [s.id, cell(s.score, s.band)])),
    pillars: new Map(result.pillars.map((p) => [p.id, cell(p.score, null)])),
  };
}

/** The scores a report states, as a comparison shows them. */
export function reportScores(report: Report): ComparedScores {
  return {
    overall: { score: report.scores.overall.score, band: report.scores.overall.band },
    sections: new Map(report.scores.sections.map((s) => [s.id, { score: s.score, band: s.band }])),
    pillars: new Map(report.scores.pillars.map((p) => [p.id, { score: p.score, band: null }])),
  };
}
