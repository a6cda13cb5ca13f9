import { listQuestions } from '../checklist-model.js';
import type { Checklist } from '../schemas/checklist.js';
import type { Report, StateCounts } from '../schemas/report.js';
import { questionStates } from '../scoring/question-state.js';
import { capBand, coreStatuses, type CoreResult } from '../scoring/core.js';
import { isKnownModelVersion, reportModelVersion, SCORING_MODEL_VERSION, type ScoringModelVersion } from '../scoring/model-version.js';
import { round4, scoreQuestions, scoreStatuses, type ScoredQuestion } from '../scoring/score.js';

/** A report with the checklist it was made with. */
export interface ComparedReport {
  report: Report;
  checklist: Checklist;
}

export interface ScoreCell {
  /** Rounded to 4 decimals; null when not assessed. */
  score: number | null;
  /** After the core-obligation cap, for the overall score. */
  band: string | null;
  /** The core obligations that capped the band, when they did. */
  cappedBy?: CoreResult[];
  /** How many questions ended in each state (sections and pillars): tells "nothing answered" from "nothing in place". */
  counts?: StateCounts;
}

/** The scoring model a report was made with, as far as this selfassess can recompute it. */
function versionOf(report: Report): ScoringModelVersion {
  const version = reportModelVersion(report.scoring);
  return isKnownModelVersion(version) ? version : SCORING_MODEL_VERSION;
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
  return scoreStatuses(report.scoring.model, questionStates(checklist, report.answers), versionOf(report));
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
  const version = versionOf(report);
  const scoring = {
    model: report.scoring.model,
    bands: report.scoring.bands,
    ...(report.scoring.core ? { core: report.scoring.core } : {}),
  };
  const scored = { ...checklist, scoring };
  const result = scoreQuestions(scored, subset, version);
  const cell = (score: number | null, band: string | null): ScoreCell => ({ score: score === null ? null : round4(score), band });
  // The cap holds on the shared questions as on the whole: a core obligation not shared cannot cap.
  const core = version >= 2 ? coreStatuses(scored, subset) : [];
  const capped = capBand(scored, result.overall.band, core);
  const overall = cell(result.overall.score, capped.band);
  if (capped.cap) overall.cappedBy = core.filter((c) => capped.cap?.obligations.includes(c.question));
  return {
    overall,
    sections: new Map(result.sections.map((s) => [s.id, { ...cell(s.score, s.band), counts: s.counts }])),
    pillars: new Map(result.pillars.map((p) => [p.id, { ...cell(p.score, null), counts: p.counts }])),
  };
}

/** The scores a report states, as a comparison shows them. */
export function reportScores(report: Report): ComparedScores {
  const cap = report.scores.overall.cap;
  const overall: ScoreCell = { score: report.scores.overall.score, band: report.scores.overall.band };
  if (cap) overall.cappedBy = (report.core ?? []).filter((c) => cap.obligations.includes(c.question));
  return {
    overall,
    sections: new Map(report.scores.sections.map((s) => [s.id, { score: s.score, band: s.band, counts: s.counts }])),
    pillars: new Map(report.scores.pillars.map((p) => [p.id, { score: p.score, band: null, counts: p.counts }])),
  };
}
