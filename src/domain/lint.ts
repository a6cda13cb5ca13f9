import { MeasuresDocument } from './schemas/measures.js';
import type { z } from 'zod';
import type { Finding } from './diagnostic.js';
import { recogniseDocument, type DocumentKind } from './documents.js';
import { runRules, type ChecklistRuleContext } from './rules/context.js';
import { CATALOGUE_RULES, type CatalogueRuleContext } from './rules/catalogue/rules.js';
import { CHECKLIST_RULES } from './rules/checklist/index.js';
import { AnswersDocument } from './schemas/answers.js';
import { Catalogue } from './schemas/catalogue.js';
import { Checklist } from './schemas/checklist.js';
import { Report } from './schemas/report.js';
import { zodFindings } from './zod-findings.js';
import { reservedKeyFindings } from './reserved-keys.js';

export type ParsedDocument =
  | { kind: 'checklist'; value: Checklist }
  | { kind: 'catalogue'; value: Catalogue }
  | { kind: 'answers'; value: AnswersDocument }
  | { kind: 'report'; value: Report }
  | { kind: 'measures'; value: MeasuresDocument };

export type SchemaResult = { ok: true; document: ParsedDocument } | { ok: false; kind?: DocumentKind; findings: Finding[] };

/** Recognises a document's kind and validates it against that kind's schema. */
export function parseAnyDocument(data: unknown): SchemaResult {
  const recognised = recogniseDocument(data);
  if (!recognised.ok) return { ok: false, findings: [recognised.finding] };
  const { kind } = recognised;
  const check = <T>(schema: z.ZodType<T>, wrap: (value: T) => ParsedDocument): SchemaResult => {
    const result = schema.safeParse(data);
    const findings = result.success ? [] : zodFindings(result.error, data, schema);
    // A reserved key a record would drop silently is an error, so that what is hashed is what was read.
    const reserved = reservedKeyFindings(data, new Set(findings.map((f) => f.pointer)));
    if (result.success && reserved.length === 0) return { ok: true, document: wrap(result.data) };
    return { ok: false, kind, findings: [...findings, ...reserved] };
  };
  switch (kind) {
    case 'checklist':
      return check(Checklist, (value) => ({ kind, value }));
    case 'catalogue':
      return check(Catalogue, (value) => ({ kind, value }));
    case 'answers':
      return check(AnswersDocument, (value) => ({ kind, value }));
    case 'report':
      return check(Report, (value) => ({ kind, value }));
    case 'measures':
      return check(MeasuresDocument, (value) => ({ kind, value }));
  }
}

export function lintChecklist(
  checklist: Checklist,
  catalogues: ReadonlyMap<string, Catalogue>,
  toolLanguages: readonly string[],
): Finding[] {
  return runRules<Checklist, ChecklistRuleContext>(CHECKLIST_RULES, (report) => ({
    document: checklist,
    catalogues,
    toolLanguages,
    report,
  }));
}

export function lintCatalogue(catalogue: Catalogue): Finding[] {
  return runRules<Catalogue, CatalogueRuleContext>(CATALOGUE_RULES, (report) => ({ document: catalogue, report }));
}
