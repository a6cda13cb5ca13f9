import { checkAnswers } from '../answers/check-answers.js';
import { matchChecklist, type ChecklistCandidate } from '../answers/match-checklist.js';
import type { ToolWords } from '../answers/tool-words.js';
import { phrase, type Finding } from '../diagnostic.js';
import { buildReportBody, reportInputFindings } from '../report/build-report.js';
import { submittedReportInput } from '../report/report-input.js';
import { checkIntegrity } from '../report/integrity.js';
import { ownAnswers, questionStates } from '../scoring/question-state.js';
import { isKnownModelVersion, reportModelVersion, SCORING_MODEL_VERSION } from '../scoring/model-version.js';
import type { Checklist } from '../schemas/checklist.js';
import type { Catalogue } from '../schemas/catalogue.js';
import type { Report } from '../schemas/report.js';
import type { ValidatedKind } from '../schemas/validate-output.js';
import { compareReport } from './compare-report.js';
import { factsOf, type DocumentFacts } from './facts.js';
import { digestedReport, type DigestedReport } from './report-digest.js';

/** What a document is checked against: every known checklist (all versions) and catalogue, and the tool's words. */
export interface ValidationLibrary {
  checklists: readonly ChecklistCandidate[];
  catalogues: ReadonlyMap<string, Catalogue>;
  words: ToolWords;
}

export interface DocumentVerdict extends DocumentFacts {
  kind: ValidatedKind | null;
  findings: Finding[];
}

/** Whether a checklist declares what scoring model 1 ignores: core obligations, or follow-ups that count as unmet. */
function usesModel2(checklist: Checklist): boolean {
  return checklist.scoring.core !== undefined || checklist.sections.some((s) => s.questions.some((q) => q.whenHidden === 'unmet'));
}

/**
 * The model version a report is recomputed with, or why it cannot be: a
 * version this selfassess does not know, or model 1 on a checklist whose
 * core obligations or unmet follow-ups model 1 would silently ignore.
 */
function modelVersionFindings(report: Report, checklist: Checklist): { version: 1 | 2 } | { findings: Finding[] } {
  const version = reportModelVersion(report.scoring);
  if (!isKnownModelVersion(version)) {
    return {
      findings: [
        {
          code: 'report-model-unknown',
          severity: 'error',
          message: phrase('report-model-unknown', { version: String(version), known: String(SCORING_MODEL_VERSION) }),
          pointer: '/scoring/version',
        },
      ],
    };
  }
  if (version === 1 && usesModel2(checklist)) {
    return {
      findings: [
        {
          code: 'report-model-outdated',
          severity: 'error',
          message: phrase('report-model-outdated', { id: checklist.id, version: checklist.version }),
          pointer: '/scoring',
        },
      ],
    };
  }
  return { version };
}

/**
 * A report: digest, checklist, answers, then every stated figure against the
 * report rebuilt from its own answers, with the scoring model it names.
 * `digest`: the report's digest, when the caller computed it already.
 */
export function validateReport(report: Report, checklists: readonly ChecklistCandidate[], words: ToolWords, digest?: string): Finding[] {
  const findings = checkIntegrity(report, digest);
  const match = matchChecklist(report.checklist, checklists);
  if (!match.ok) return [...findings, match.finding];
  const { checklist, hash } = match.match;
  const model = modelVersionFindings(report, checklist);
  if ('findings' in model) return [...findings, ...model.findings];
  if (model.version === 1) {
    findings.push({
      code: 'report-model-previous',
      severity: 'info',
      message: phrase('report-model-previous'),
      pointer: '/scoring',
    });
  }
  // The answers read once, and the states of the questions computed once, for the answer checks and for the recomputation.
  const given = ownAnswers(report.answers);
  const states = questionStates(checklist, report.answers, given);
  // One by one: a report may hold more answers than a function accepts arguments.
  for (const finding of checkAnswers(checklist, report.answers, words, '/answers', report.respondent.party.type, { states, given })) {
    findings.push(finding);
  }
  const input = submittedReportInput(report, checklist, hash, model.version);
  input.states = states;
  // The schema and the checklist match already guarantee what buildReport needs; kept as findings, never a throw.
  const refused = reportInputFindings(input);
  if (refused.length > 0) return [...findings, ...refused];
  return [...findings, ...compareReport(report, buildReportBody(input))];
}

/** What digestedReport said of some data: `validate`'s loader asks it first (io/validate-file.ts). */
export interface ReportWalk {
  data: unknown;
  checked: DigestedReport | undefined;
}

/** digestedReport of data that may be a report (its `kind` says so); undefined for any other. */
export function walkReport(data: unknown): ReportWalk | undefined {
  const isReport = typeof data === 'object' && data !== null && 'kind' in data && data.kind === 'report';
  return isReport ? { data, checked: digestedReport(data) } : undefined;
}

/**
 * The fast path of `validateDocument` (validate-any.ts): a report the compiled
 * schema check accepts is validated here, without zod or the linter; undefined
 * for any other document, which the caller then validates completely.
 * `walked`: what walkReport said of this data, if the caller asked it already.
 */
export function validateWellFormedReport(data: unknown, library: ValidationLibrary, walked?: ReportWalk): DocumentVerdict | undefined {
  const facts = factsOf(data);
  // The schema check and the digest, done once (the loader may have asked them already).
  const checked =
    facts.kind !== 'report' ? undefined : walked !== undefined && walked.data === data ? walked.checked : digestedReport(data);
  if (checked === undefined) return undefined;
  return { ...facts, findings: validateReport(checked.report, library.checklists, library.words, checked.digest) };
}
