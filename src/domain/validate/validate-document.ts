import { checkAnswers } from '../answers/check-answers.js';
import { matchChecklist, type ChecklistCandidate } from '../answers/match-checklist.js';
import type { Finding } from '../diagnostic.js';
import { lintCatalogue, lintChecklist, parseAnyDocument } from '../lint.js';
import { buildReportBody, reportInputFindings, type BuildReportInput } from '../report/build-report.js';
import { checkIntegrity } from '../report/integrity.js';
import type { AnswersDocument } from '../schemas/answers.js';
import type { Catalogue } from '../schemas/catalogue.js';
import type { Report } from '../schemas/report.js';
import type { ValidatedKind } from '../schemas/validate-output.js';
import { compareReport } from './compare-report.js';
import { factsOf, type DocumentFacts } from './facts.js';

/** What a document is checked against: every known checklist (all versions) and catalogue. */
export interface ValidationLibrary {
  checklists: readonly ChecklistCandidate[];
  catalogues: ReadonlyMap<string, Catalogue>;
}

export interface DocumentVerdict extends DocumentFacts {
  kind: ValidatedKind | null;
  findings: Finding[];
}

/**
 * A report: digest, checklist, answers, then every stated figure against the
 * report rebuilt from its own answers.
 */
export function validateReport(report: Report, checklists: readonly ChecklistCandidate[]): Finding[] {
  const findings = checkIntegrity(report);
  const match = matchChecklist(report.checklist, checklists);
  if (!match.ok) return [...findings, match.finding];
  const { checklist, hash } = match.match;
  // One by one: a report may hold more answers than a function accepts arguments.
  for (const finding of checkAnswers(checklist, report.answers)) findings.push(finding);
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
    checklistHash: hash,
    answers,
    tool: report.tool,
    created: report.dates.created,
    language: report.language,
  };
  if (report.dates.completed !== undefined) input.completed = report.dates.completed;
  // The schema and the checklist match already guarantee what buildReport needs; kept as findings, never a throw.
  const refused = reportInputFindings(input);
  if (refused.length > 0) return [...findings, ...refused];
  return [...findings, ...compareReport(report, buildReportBody(input))];
}

/** An answers file or a draft: the checklist it names, then every answer against it. */
export function validateAnswers(document: AnswersDocument, checklists: readonly ChecklistCandidate[]): Finding[] {
  const match = matchChecklist(document.checklist, checklists);
  if (!match.ok) return [match.finding];
  return checkAnswers(match.match.checklist, document.answers);
}

/**
 * Recognises any parsed document and validates it completely: schema, then
 * what its kind requires. Pure; never throws on the document's content.
 */
export function validateDocument(data: unknown, library: ValidationLibrary): DocumentVerdict {
  const facts = factsOf(data);
  const parsed = parseAnyDocument(data);
  if (!parsed.ok) return { ...facts, findings: parsed.findings };
  const { document } = parsed;
  switch (document.kind) {
    case 'report':
      return { ...facts, findings: validateReport(document.value, library.checklists) };
    case 'answers':
      return { ...facts, findings: validateAnswers(document.value, library.checklists) };
    case 'checklist':
      return { ...facts, findings: lintChecklist(document.value, library.catalogues) };
    case 'catalogue':
      return { ...facts, findings: lintCatalogue(document.value) };
  }
}
