import type { SubmissionRecord } from '../../domain/db/submission.js';
import type { DiagnosticOutput } from '../../domain/schemas/validate-output.js';
import type { Engine, Queryable } from './engine.js';

/** What the ingest knows of the file besides its content. */
export interface FileFacts {
  file: string;
  /** SHA-256 of the file's bytes: the same file is recorded once, accepted or rejected. */
  sha256: string;
  /** valid, missing, unknown-key (checked with --trusted-keys), or unchecked (a .sig exists, no keys given). */
  signature: string;
  fingerprint: string | null;
  warnings: number;
}

export type StoreResult =
  { status: 'stored'; id: number; supersedes: number; superseded: boolean } | { status: 'duplicate'; id: number; superseded: boolean };

/** A table that keeps a row per item of a report (a few dozen a report). */
interface ChildTable {
  table: string;
  /** The columns of its primary key besides submission_id: a report's row repeating one is stored once. */
  key: readonly string[];
  /** Column definitions for jsonb_to_recordset, e.g. "position int, section text". */
  columns: string;
}

export interface ChildRows extends ChildTable {
  rows: readonly object[];
}

const counts = (c: SubmissionRecord['sections'][number]['counts']) => ({
  answered: c.answered,
  dont_know: c.dontKnow,
  not_applicable: c.notApplicable,
  hidden: c.hidden,
  unanswered: c.unanswered,
  total: c.total,
});
const COUNT_COLUMNS = 'answered int, dont_know int, not_applicable int, hidden int, unanswered int, total int';

/** The child tables, in the order of childRows. */
export const CHILD_TABLES: readonly ChildTable[] = [
  { table: 'section_scores', key: ['section'], columns: `position int, section text, score float8, band text, ${COUNT_COLUMNS}` },
  { table: 'pillar_scores', key: ['pillar'], columns: `position int, pillar text, score float8, ${COUNT_COLUMNS}` },
  { table: 'core_obligations', key: ['question'], columns: 'position int, question text, section text, status text, caps_band boolean' },
  { table: 'unknowns', key: ['question'], columns: 'rank int, question text, section text, state text, best float8, gain float8' },
  { table: 'assistance_needs', key: ['category', 'question'], columns: 'category text, question text, section text' },
];

/** The rows of each of CHILD_TABLES, in that order. */
export function childRows(r: SubmissionRecord): ChildRows[] {
  const rows: ReadonlyArray<readonly object[]> = [
    r.sections.map((s, position) => ({ position, section: s.id, score: s.score, band: s.band, ...counts(s.counts) })),
    r.pillars.map((p, position) => ({ position, pillar: p.id, score: p.score, ...counts(p.counts) })),
    r.core.map((c, position) => ({ position, question: c.question, section: c.section, status: c.status, caps_band: c.capsBand })),
    r.unknowns.map((u, rank) => ({ rank: rank + 1, ...u })),
    r.needs,
  ];
  return CHILD_TABLES.map((table, i) => ({ ...table, rows: rows[i] ?? [] }));
}

/** The provisions the report's checklist cites, by question: kept once per checklist (migration 4); one provision once per question. */
export function checklistProvisions(r: SubmissionRecord): Array<{ question: string; catalogue: string; provision: string }> {
  const seen = new Set<string>();
  const rows: Array<{ question: string; catalogue: string; provision: string }> = [];
  for (const a of r.answers) {
    for (const s of a.sources) {
      const key = `${a.question}\u0000${s.catalogue}\u0000${s.provision}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ question: a.question, catalogue: s.catalogue, provision: s.provision });
    }
  }
  return rows;
}

/**
 * The answer sheet (migrations 3 and 4): one array per answer, its elements
 * in the order of ANSWER_ELEMENTS; trailing nulls are left out, and read as
 * NULL by the views, as a null would: fewer bytes for the store to take in.
 */
export function sheetOf(r: SubmissionRecord): string {
  return JSON.stringify(
    r.answers.map((a) => {
      const row: unknown[] = [
        a.position,
        a.question,
        a.section,
        a.state,
        a.score,
        a.best,
        a.weight,
        a.value,
        a.valueText,
        a.evidence,
        a.notes,
        a.justification,
      ];
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      return end === row.length ? row : row.slice(0, end);
    }),
  );
}

export const SUBMISSION_COLUMNS = `digest, party_code, party_type, party_name, institution, respondent_name, respondent_contact, respondent_role,
  period, checklist_id, checklist_version, checklist_hash, scoring_model, scoring_version, language, created, completed, complete,
  overall_score, overall_band, score_band, capped, signature, signature_fingerprint, warnings, file, file_sha256, document`;

/**
 * One statement for the submission and everything stored of it (data-modifying
 * CTEs over JSON parameters): a statement costs the embedded store more than
 * the rows it writes. A digest already stored inserts nothing, children included.
 */
const INSERT_SQL = ((): string => {
  const parts = CHILD_TABLES.map((c, i) => {
    const names = c.columns
      .split(',')
      .map((col) => col.trim().split(/\s+/)[0])
      .join(', ');
    return `c${i} AS (INSERT INTO ${c.table} (submission_id, ${names}) SELECT s.id, ${names} FROM s, jsonb_to_recordset($29::jsonb -> ${i}) AS x(${c.columns}) ON CONFLICT DO NOTHING)`;
  });
  const placeholders = Array.from({ length: 27 }, (_, i) => `$${i + 1}`).join(', ');
  return `WITH s AS (INSERT INTO submissions (${SUBMISSION_COLUMNS}) VALUES (${placeholders}, $28::jsonb) ON CONFLICT (digest) DO NOTHING RETURNING id),
  sheet AS (INSERT INTO answer_sheets (submission_id, answers) SELECT s.id, $30::json FROM s),
  provisions AS (INSERT INTO checklist_provisions (checklist_hash, question, catalogue, provision)
    SELECT $12, x.question, x.catalogue, x.provision FROM s, jsonb_to_recordset($31::jsonb) AS x(question text, catalogue text, provision text)
    WHERE NOT EXISTS (SELECT 1 FROM checklist_provisions WHERE checklist_hash = $12) ON CONFLICT DO NOTHING),
  ${parts.join(',\n  ')}
  SELECT id FROM s`;
})();

/** The values of SUBMISSION_COLUMNS, in their order (the document last, as JSON text). */
export function submissionValues(r: SubmissionRecord, facts: FileFacts): unknown[] {
  return [
    r.digest,
    r.party.code,
    r.party.type,
    r.party.name,
    r.respondent.institution,
    r.respondent.name,
    r.respondent.contact,
    r.respondent.role,
    r.period,
    r.checklist.id,
    r.checklist.version,
    r.checklist.hash,
    r.scoring.model,
    r.scoring.version,
    r.language,
    r.created,
    r.completed,
    r.complete,
    r.overall.score,
    r.overall.band,
    r.overall.scoreBand,
    r.overall.capped,
    facts.signature,
    facts.fingerprint,
    facts.warnings,
    facts.file,
    facts.sha256,
    JSON.stringify(r.document),
  ];
}

const KEY_WHERE = 'party_code = $1 AND checklist_id = $2 AND period = $3';

/**
 * Marks every report of a party, checklist and period but the newest as
 * superseded by it (newest: latest creation date, then digest, so that any
 * order of ingestion gives the same answer), in one statement: every part
 * sees the rows as they were before it, the new one included. Returns the
 * current one's id and how many were current besides the new one before.
 * A report accepted now is no longer a rejection (e.g. ingested again with --checklists).
 */
async function settleSupersession(
  tx: Queryable,
  key: readonly string[],
  id: number,
  sha256: string,
): Promise<{ current: number; before: number }> {
  const [row] = await tx.query<{ current: number | null; before: number }>(
    `WITH newest AS (SELECT id FROM submissions WHERE ${KEY_WHERE} ORDER BY created::timestamptz DESC, digest DESC LIMIT 1),
     settled AS (UPDATE submissions s SET superseded_by = CASE WHEN s.id = n.id THEN NULL ELSE n.id END FROM newest n
                 WHERE s.${KEY_WHERE.replaceAll(' AND ', ' AND s.')} AND s.superseded_by IS DISTINCT FROM (CASE WHEN s.id = n.id THEN NULL ELSE n.id END)),
     accepted AS (DELETE FROM rejections WHERE file_sha256 = $5)
     SELECT (SELECT id FROM newest) AS current,
            (SELECT count(*)::int FROM submissions WHERE ${KEY_WHERE} AND superseded_by IS NULL AND id <> $4) AS before`,
    [...key, id, sha256],
  );
  if (!row || row.current === null) throw new Error('a submission vanished during its own transaction');
  return { current: row.current, before: row.before };
}

/**
 * What the store keeps of one accepted report, built where it was validated
 * (io/db/ingest-rows.ts): its key and, ready to send, its rows.
 */
export interface StoredReport {
  digest: string;
  /** Party, checklist id and period: the reports of one key supersede one another. */
  key: readonly [string, string, string];
  checklistHash: string;
  /** The rows of checklist_provisions for its checklist, as JSON (checklistProvisions). */
  provisions: string;
  /** The signature as stored (FileFacts). */
  signature: string;
}

/** The parameters of INSERT_SQL, in its order: the values of SUBMISSION_COLUMNS, the child rows, the answer sheet, the provisions. */
export function insertParams(values: readonly unknown[], children: readonly ChildRows[], sheet: string, provisions: string): unknown[] {
  return [...values, JSON.stringify(children.map((c) => c.rows)), sheet, provisions];
}

/**
 * Stores one accepted report in its own transaction. The advisory lock on
 * its party, checklist and period serialises concurrent ingests of the same
 * key (on PostgreSQL, two consultants at once); the unique digest makes a
 * second copy a no-op.
 */
export async function storeSubmission(
  engine: Engine,
  report: StoredReport,
  params: readonly unknown[],
  sha256: string,
): Promise<StoreResult> {
  return engine.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [report.key.join('/')]);
    return storeSubmissionIn(tx, report, params, sha256);
  });
}

/** One report in one statement (INSERT_SQL with `params`, insertParams), then supersession settled, in the caller's transaction. */
async function storeSubmissionIn(tx: Queryable, report: StoredReport, params: readonly unknown[], sha256: string): Promise<StoreResult> {
  const { key } = report;
  const inserted = await tx.query<{ id: number }>(INSERT_SQL, params);
  const row = inserted[0];
  if (!row) {
    const [existing] = await tx.query<{ id: number; superseded: boolean }>(
      'SELECT id, superseded_by IS NOT NULL AS superseded FROM submissions WHERE digest = $1',
      [report.digest],
    );
    return { status: 'duplicate', id: existing?.id ?? 0, superseded: existing?.superseded ?? false };
  }
  const { current, before } = await settleSupersession(tx, key, row.id, sha256);
  return { status: 'stored', id: row.id, supersedes: current === row.id ? before : 0, superseded: current !== row.id };
}

export interface RejectionFacts {
  file: string;
  sha256: string;
  kind: string | null;
  party: string | null;
  period: string | null;
  checklist: { id: string; version: string } | null;
  errors: number;
  warnings: number;
  diagnostics: readonly DiagnosticOutput[];
}

const REJECTION_COLUMNS = 'file, file_sha256, kind, party_code, period, checklist_id, checklist_version, errors, warnings, diagnostics';
const REJECTION_CONFLICT = `ON CONFLICT (file_sha256) DO UPDATE SET file = EXCLUDED.file, diagnostics = EXCLUDED.diagnostics,
  errors = EXCLUDED.errors, warnings = EXCLUDED.warnings, rejected_at = now()`;

/** Records a file that was not accepted, with its diagnostics; the same bytes twice are one rejection. */
export async function storeRejection(target: Queryable, r: RejectionFacts): Promise<void> {
  await target.query(
    `INSERT INTO rejections (${REJECTION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb) ${REJECTION_CONFLICT}`,
    [
      r.file,
      r.sha256,
      r.kind,
      r.party,
      r.period,
      r.checklist?.id ?? null,
      r.checklist?.version ?? null,
      r.errors,
      r.warnings,
      JSON.stringify(r.diagnostics),
    ],
  );
}

/**
 * storeRejection for several files in one statement (a statement costs the
 * embedded store more than a rejection's row), with the same result as one
 * after the other: the same bytes twice are one row, created by the first and
 * updated by the last, as ON CONFLICT would have (one statement may not touch a row twice).
 */
export async function storeRejections(target: Queryable, rejections: readonly RejectionFacts[]): Promise<void> {
  const bySha = new Map<string, RejectionFacts>();
  for (const r of rejections) {
    const first = bySha.get(r.sha256);
    bySha.set(r.sha256, first ? { ...first, file: r.file, diagnostics: r.diagnostics, errors: r.errors, warnings: r.warnings } : r);
  }
  if (bySha.size === 0) return;
  const rows = [...bySha.values()].map((r) => ({
    file: r.file,
    file_sha256: r.sha256,
    kind: r.kind,
    party_code: r.party,
    period: r.period,
    checklist_id: r.checklist?.id ?? null,
    checklist_version: r.checklist?.version ?? null,
    errors: r.errors,
    warnings: r.warnings,
    diagnostics: r.diagnostics,
  }));
  await target.query(
    `INSERT INTO rejections (${REJECTION_COLUMNS})
     SELECT ${REJECTION_COLUMNS} FROM json_to_recordset($1::json) AS x(file text, file_sha256 text, kind text, party_code text,
       period text, checklist_id text, checklist_version text, errors integer, warnings integer, diagnostics jsonb)
     ${REJECTION_CONFLICT}`,
    [JSON.stringify(rows)],
  );
}
