import type { DiagnosticCode } from '../codes.js';
import { allowedAssistance } from '../answers/check-answers.js';
import { phrase, type DiagnosticText, type Finding } from '../diagnostic.js';
import { namedParty } from '../parties/parties.js';
import { parsePeriod } from '../period.js';
import type { AnswersDocument } from '../schemas/answers.js';
import type { Checklist } from '../schemas/checklist.js';
import { LANGUAGE_TAG_PATTERN, SEMVER_PATTERN, TIMESTAMP_PATTERN } from '../schemas/constants.js';
import type { Report, ReportBody } from '../schemas/report.js';
import { capBand, coreStatuses } from '../scoring/core.js';
import { findGaps } from '../scoring/gaps.js';
import { SCORING_MODEL_VERSION, type ScoringModelVersion } from '../scoring/model-version.js';
import { findUnknowns } from '../scoring/unknowns.js';
import { isVisible, type QuestionStatus } from '../scoring/question-state.js';
import { round4, scoreAnswers } from '../scoring/score.js';
import { computeIntegrity } from './integrity.js';

export interface BuildReportInput {
  checklist: Checklist;
  /** SHA-256 (lowercase hex) of the checklist's canonical content. */
  checklistHash: string;
  answers: AnswersDocument;
  tool: { name: string; version: string };
  /** ISO 8601 date and time the report is produced. */
  created: string;
  /** ISO 8601 date and time the assessment was complete; defaults to `created` when it is. */
  completed?: string;
  language: string;
  /** The scoring model version to compute: the current one, or the one an older report names (validate). */
  modelVersion?: ScoringModelVersion;
  /**
   * For validate, which checks the input with reportInputFindings first and
   * only compares the body before dropping it: no second check, and the body
   * shares the input's objects instead of copying them.
   */
  compareOnly?: boolean;
  /** The states of the questions with `answers.answers`, when the caller has them already (validate). */
  states?: readonly QuestionStatus[];
}

const same = <T>(value: T): T => value;

const roundOrNull = (score: number | null): number | null => (score === null ? null : round4(score));

/**
 * Why a report cannot be built from this input: a report names its party and
 * period, belongs to the checklist the answers name, and carries valid dates.
 * Pointers point into the answers document; problems with the input's own fields
 * (dates, tool, language, hash), which are programming errors, point at "".
 */
export function reportInputFindings(input: BuildReportInput): Finding[] {
  const { checklist, answers } = input;
  const out: Finding[] = [];
  const add = (code: DiagnosticCode, message: DiagnosticText, pointer: string): void => {
    out.push({ code, severity: 'error', message, pointer });
  };
  if (!answers.respondent?.party) {
    add('report-missing-party', phrase('report-missing-party'), answers.respondent ? '/respondent' : '');
  }
  if (!answers.period) add('report-missing-period', phrase('report-missing-period'), '');
  if (answers.checklist.id !== checklist.id || answers.checklist.version !== checklist.version) {
    add(
      'report-checklist-mismatch',
      phrase('report-checklist-mismatch', {
        id: answers.checklist.id,
        version: answers.checklist.version,
        expectedId: checklist.id,
        expectedVersion: checklist.version,
      }),
      '/checklist',
    );
  } else if (answers.checklist.hash !== undefined && answers.checklist.hash !== input.checklistHash) {
    add('report-checklist-mismatch', phrase('report-checklist-mismatch.hash'), '/checklist/hash');
  }
  if (!/^[0-9a-f]{64}$/.test(input.checklistHash)) add('report-invalid-input', 'checklistHash must be a SHA-256 in lowercase hex', '');
  // The schemas' patterns, without zod: a valid report is validated without loading it.
  const dates = TIMESTAMP_PATTERN.test(input.created) && (input.completed === undefined || TIMESTAMP_PATTERN.test(input.completed));
  if (!dates) add('report-invalid-input', 'created and completed must be ISO 8601 dates and times with a time zone', '');
  if (!LANGUAGE_TAG_PATTERN.test(input.language)) add('report-invalid-input', `"${input.language}" is not a language tag`, '');
  if (!SEMVER_PATTERN.test(input.tool.version) || input.tool.name === '') {
    add('report-invalid-input', 'tool needs a name and a semantic version', '');
  }
  return out;
}

/** Needs by category, categories in declaration order, questions in checklist order; hidden questions left out. */
function assistanceNeeds(checklist: Checklist, statuses: readonly QuestionStatus[]): Report['assistance'] {
  const categories = checklist.assistanceCategories ?? [];
  if (categories.length === 0) return [];
  // Only the visible questions whose answer asks for assistance: most answers ask for none.
  const asking = statuses.filter((s) => isVisible(s.state) && s.answer?.assistance !== undefined && s.answer.assistance.length > 0);
  return categories
    .map(({ id }) => ({
      category: id,
      questions: asking
        .filter((s) => s.answer?.assistance?.includes(id) && allowedAssistance(checklist, s.question).includes(id))
        .map((s) => s.question.id),
    }))
    .filter((need) => need.questions.length > 0);
}

/**
 * Builds a complete report: scores, gaps, needs and the integrity digest.
 * Pure: the dates and the tool come from the caller. Throws when
 * `reportInputFindings` has findings: call it first to report them properly.
 */
export function buildReport(input: BuildReportInput): Report {
  const body = buildReportBody(withFacts(input));
  return { ...body, integrity: computeIntegrity(body) };
}

/**
 * A new report names its party as the United Nations does, in the report's
 * language, and writes its period canonical ("2024/2025" → "2024-2025").
 * Only new reports: `validate` recomputes a submitted one as it was written.
 */
function withFacts(input: BuildReportInput): BuildReportInput {
  const { respondent, period } = input.answers;
  const answers = { ...input.answers };
  if (respondent?.party) answers.respondent = { ...respondent, party: namedParty(respondent.party, input.language) };
  if (period !== undefined) answers.period = parsePeriod(period) ?? period;
  return { ...input, answers };
}

/**
 * Everything but the integrity digest: what `validate` recomputes to compare
 * with a submitted report (the digest is checked on the submitted one itself).
 */
export function buildReportBody(input: BuildReportInput): ReportBody {
  const problems = input.compareOnly === true ? [] : reportInputFindings(input);
  const copy = input.compareOnly === true ? same : structuredClone;
  const party = input.answers.respondent?.party;
  const period = input.answers.period;
  if (problems.length > 0 || !party || !period) {
    // A programming error (callers check reportInputFindings first): named by its codes, never shown to an official.
    throw new Error(`cannot build the report: ${problems.map((p) => p.code).join('; ')}`);
  }
  const { checklist, answers } = input;
  const version = input.modelVersion ?? SCORING_MODEL_VERSION;
  const result = scoreAnswers(checklist, answers.answers, version, input.states);
  const completed = result.completeness.complete ? (input.completed ?? input.created) : undefined;
  const body: ReportBody = {
    kind: 'report',
    formatVersion: 1,
    tool: { name: input.tool.name, version: input.tool.version },
    checklist: { id: checklist.id, version: checklist.version, hash: input.checklistHash },
    scoring: { model: result.model, bands: copy(checklist.scoring.bands) },
    language: input.language,
    respondent: { ...copy(answers.respondent), party: copy(party) },
    period,
    dates: completed === undefined ? { created: input.created } : { created: input.created, completed },
    answers: copy(answers.answers),
    completeness: result.completeness,
    scores: {
      overall: { ...result.overall, score: roundOrNull(result.overall.score) },
      sections: result.sections.map((s) => ({ id: s.id, score: roundOrNull(s.score), band: s.band, counts: s.counts })),
      pillars: result.pillars.map((p) => ({ id: p.id, score: roundOrNull(p.score), counts: p.counts })),
    },
    gaps: findGaps(result).map((g) => ({
      question: g.question,
      section: g.section,
      current: round4(g.current),
      best: round4(g.best),
      gap: round4(g.gap),
      sources: copy(g.sources),
      ...(g.hidden ? { hidden: true as const } : {}),
    })),
    assistance: assistanceNeeds(checklist, result.questions),
  };
  return version === 1 ? body : withModel2(body, checklist, result, copy);
}

/**
 * What model 2 adds to a report: its version, the core obligations with their
 * status and the band cap, and the unknowns. Members are placed where a reader
 * looks for them; their order does not matter to the digest.
 */
function withModel2(body: ReportBody, checklist: Checklist, result: ReturnType<typeof scoreAnswers>, copy: <T>(value: T) => T): ReportBody {
  const core = coreStatuses(checklist, result.questions);
  const { band, cap } = capBand(checklist, body.scores.overall.band, core);
  const definition = checklist.scoring.core;
  return {
    ...body,
    scoring: {
      model: body.scoring.model,
      version: SCORING_MODEL_VERSION,
      bands: body.scoring.bands,
      ...(definition ? { core: copy(definition) } : {}),
    },
    scores: { ...body.scores, overall: { ...body.scores.overall, band, ...(cap ? { cap } : {}) } },
    // Compared only (copy is then the identity): the statuses as they are, without a copy of each.
    ...(definition ? { core: copy === same ? core : core.map((c) => ({ ...c, sources: copy(c.sources) })) } : {}),
    unknowns: findUnknowns(result).map((u) => ({
      question: u.question,
      section: u.section,
      state: u.state,
      best: round4(u.best),
      gain: round4(u.gain),
      sources: copy(u.sources),
    })),
  };
}
