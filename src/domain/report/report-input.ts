import type { AnswersDocument } from '../schemas/answers.js';
import type { Checklist } from '../schemas/checklist.js';
import type { Report } from '../schemas/report.js';
import type { ScoringModelVersion } from '../scoring/model-version.js';
import type { BuildReportInput } from './build-report.js';

/**
 * How a report's input is assembled, in one place: `assess` and `score` make a
 * new report from answers, `validate` rebuilds a submitted one from its own
 * answers. Pure: the moment and the tool come from the caller.
 */

/** What a new report is made of, besides the moment and the tool. */
export interface NewReportSource {
  checklist: Checklist;
  /** SHA-256 (lowercase hex) of the checklist's canonical content. */
  checklistHash: string;
  answers: AnswersDocument;
  language: string;
}

/** The input of a new report, produced now by this tool. */
export function newReportInput(source: NewReportSource, tool: { name: string; version: string }, now: Date): BuildReportInput {
  return {
    checklist: source.checklist,
    checklistHash: source.checklistHash,
    answers: source.answers,
    tool: { name: tool.name, version: tool.version },
    created: now.toISOString(),
    language: source.language,
  };
}

/**
 * The input that rebuilds a submitted report from its own answers, with the
 * tool, dates, language and scoring model it states, to compare figure by
 * figure (`compareOnly`: the body shares the report's objects).
 */
export function submittedReportInput(
  report: Report,
  checklist: Checklist,
  checklistHash: string,
  modelVersion: ScoringModelVersion,
): BuildReportInput {
  const answers: AnswersDocument = {
    kind: 'answers',
    formatVersion: report.formatVersion,
    checklist: report.checklist,
    respondent: report.respondent,
    period: report.period,
    answers: report.answers,
  };
  const input: BuildReportInput = {
    checklist,
    checklistHash,
    answers,
    tool: report.tool,
    created: report.dates.created,
    language: report.language,
    modelVersion,
    compareOnly: true,
  };
  if (report.dates.completed !== undefined) input.completed = report.dates.completed;
  return input;
}
