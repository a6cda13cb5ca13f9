import { checkAnswerFacts } from '../answers/facts.js';
import { checkAnswers } from '../answers/check-answers.js';
import { matchChecklist, type ChecklistCandidate } from '../answers/match-checklist.js';
import type { ToolWords } from '../answers/tool-words.js';
import type { Finding } from '../diagnostic.js';
import { lintCatalogue, lintChecklist, parseAnyDocument } from '../lint.js';
import { lintMeasures } from '../measures/lint.js';
import type { AnswersDocument } from '../schemas/answers.js';
import type { Checklist } from '../schemas/checklist.js';
import { factsOf } from './facts.js';
import { validateReport, validateWellFormedReport, type DocumentVerdict, type ValidationLibrary } from './validate-document.js';

// Apart from validate-document.ts, which validates a well-formed report: this module needs the
// schemas (zod) and the linter, which a valid report never loads.

/** The most recent version of each checklist: the scope measures must cover. */
function latestChecklists(candidates: readonly ChecklistCandidate[]): Checklist[] {
  const byId = new Map<string, Checklist>();
  for (const { checklist } of candidates) {
    const known = byId.get(checklist.id);
    if (!known || compareVersions(checklist.version, known.version) > 0) byId.set(checklist.id, checklist);
  }
  return [...byId.values()];
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string): number[] => v.split(/[.-]/).slice(0, 3).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** An answers file or a draft: the checklist it names, then every answer against it. */
function validateAnswers(document: AnswersDocument, checklists: readonly ChecklistCandidate[], words: ToolWords): Finding[] {
  const match = matchChecklist(document.checklist, checklists);
  if (!match.ok) return [match.finding];
  // The facts (period, party) and the values as people write them are read as score reads them.
  const facts = checkAnswerFacts(document).findings;
  return [
    ...facts,
    ...checkAnswers(match.match.checklist, document.answers, words, '/answers', document.respondent?.party?.type, {
      language: document.language,
    }),
  ];
}

/**
 * Recognises any parsed document and validates it completely: schema, then
 * what its kind requires. Pure; never throws on the document's content.
 * `complete` skips the fast path of well-formed reports (the tests compare
 * both paths: they must give the same findings).
 */
export function validateDocument(data: unknown, library: ValidationLibrary, options: { complete?: boolean } = {}): DocumentVerdict {
  // Most reports are well formed: a compiled check, and zod only for the others (for their diagnostics).
  const fast = options.complete === true ? undefined : validateWellFormedReport(data, library);
  if (fast) return fast;
  const facts = factsOf(data);
  const parsed = parseAnyDocument(data);
  if (!parsed.ok) return { ...facts, findings: parsed.findings };
  const { document } = parsed;
  switch (document.kind) {
    case 'report':
      return { ...facts, findings: validateReport(document.value, library.checklists, library.words) };
    case 'answers':
      return { ...facts, findings: validateAnswers(document.value, library.checklists, library.words) };
    case 'checklist':
      return { ...facts, findings: lintChecklist(document.value, library.catalogues, library.words.languages) };
    case 'catalogue':
      return { ...facts, findings: lintCatalogue(document.value) };
    case 'measures':
      return { ...facts, findings: lintMeasures(document.value, library.catalogues, latestChecklists(library.checklists)) };
  }
}
