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

interface ChildRows {
  table: string;
  /** Column definitions for jsonb_to_recordset, e.g. "position int, section text". */
  columns: string;
  rows: readonly object[];
}

/**
 * Inserts every child row of a submission in one statement (data-modifying
 * CTEs over one JSON parameter): one round trip instead of one per table,
 * which is most of the cost of an ingest on either engine.
 */
async function insertChildren(tx: Queryable, id: number, children: readonly ChildRows[]): Promise<void> {
  const used = children.filter((c) => c.rows.length > 0);
  if (used.length === 0) return;
  const parts = used.map((c, i) => {
    const names = c.columns
      .split(',')
      .map((col) => col.trim().split(/\s+/)[0])
      .join(', ');
    return `c${i} AS (INSERT INTO ${c.table} (submission_id, ${names}) SELECT $1::integer, ${names} FROM jsonb_to_recordset($2::jsonb -> ${i}) AS x(${c.columns}) ON CONFLICT DO NOTHING)`;
  });
  await tx.query(`WITH ${parts.join(',\n')} SELECT 1`, [id, JSON.stringify(used.map((c) => c.rows))]);
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

async function insertDetails(tx: Queryable, id: number, r: SubmissionRecord): Promise<void> {
  await insertChildren(tx, id, [
    {
      table: 'section_scores',
      columns: `position int, section text, score float8, band text, ${COUNT_COLUMNS}`,
      rows: r.sections.map((s, position) => ({ position, section: s.id, score: s.score, band: s.band, ...counts(s.counts) })),
    },
    {
      table: 'pillar_scores',
      columns: `position int, pillar text, score float8, ${COUNT_COLUMNS}`,
      rows: r.pillars.map((p, position) => ({ position, pillar: p.id, score: p.score, ...counts(p.counts) })),
    },
    {
      table: 'core_obligations',
      columns: 'position int, question text, section text, status text, caps_band boolean',
      rows: r.core.map((c, position) => ({ position, question: c.question, section: c.section, status: c.status, caps_band: c.capsBand })),
    },
    {
      table: 'answers',
      columns:
        'position int, question text, section text, state text, value jsonb, value_text text, score float8, best float8, weight float8, evidence text, notes text, justification text',
      rows: r.answers.map((a) => ({
        position: a.position,
        question: a.question,
        section: a.section,
        state: a.state,
        value: a.value,
        value_text: a.valueText,
        score: a.score,
        best: a.best,
        weight: a.weight,
        evidence: a.evidence,
        notes: a.notes,
        justification: a.justification,
      })),
    },
    {
      table: 'answer_sources',
      columns: 'question text, catalogue text, provision text',
      rows: r.answers.flatMap((a) => a.sources.map((s) => ({ question: a.question, catalogue: s.catalogue, provision: s.provision }))),
    },
    {
      table: 'gaps',
      columns: 'rank int, question text, section text, current float8, best float8, gap float8, hidden boolean',
      rows: r.gaps.map((g, rank) => ({ rank: rank + 1, ...g })),
    },
    {
      table: 'unknowns',
      columns: 'rank int, question text, section text, state text, best float8, gain float8',
      rows: r.unknowns.map((u, rank) => ({ rank: rank + 1, ...u })),
    },
    { table: 'assistance_needs', columns: 'category text, question text, section text', rows: r.needs },
  ]);
}

const KEY_WHERE = 'party_code = $1 AND checklist_id = $2 AND period = $3';

/**
 * Marks every report of a party, checklist and period but the newest as
 * superseded by it (newest: latest creation date, then digest, so that any
 * order of ingestion gives the same answer). Returns the current one's id.
 */
async function settleSupersession(tx: Queryable, key: readonly string[]): Promise<number> {
  const [newest] = await tx.query<{ id: number }>(
    `SELECT id FROM submissions WHERE ${KEY_WHERE} ORDER BY created::timestamptz DESC, digest DESC LIMIT 1`,
    key,
  );
  if (!newest) throw new Error('a submission vanished during its own transaction');
  await tx.query(
    `UPDATE submissions SET superseded_by = CASE WHEN id = $4 THEN NULL ELSE $4::integer END WHERE ${KEY_WHERE} AND superseded_by IS DISTINCT FROM (CASE WHEN id = $4 THEN NULL ELSE $4::integer END)`,
    [...key, newest.id],
  );
  return newest.id;
}

/**
 * Stores one accepted report in its own transaction. The advisory lock on
 * its party, checklist and period serialises concurrent ingests of the same
 * key (on PostgreSQL, two consultants at once); the unique digest makes a
 * second copy a no-op.
 */
export async function storeSubmission(engine: Engine, r: SubmissionRecord, facts: FileFacts): Promise<StoreResult> {
  return engine.transaction((tx) => storeSubmissionIn(tx, r, facts));
}

/** storeSubmission within a transaction the caller holds (a batch of files, each under its own savepoint). */
export async function storeSubmissionIn(tx: Queryable, r: SubmissionRecord, facts: FileFacts): Promise<StoreResult> {
  const key = [r.party.code, r.checklist.id, r.period] as const;
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key.join('/')]);
  const inserted = await tx.query<{ id: number }>(
    `INSERT INTO submissions (digest, party_code, party_type, party_name, institution, respondent_name, respondent_contact, respondent_role,
       period, checklist_id, checklist_version, checklist_hash, scoring_model, scoring_version, language, created, completed, complete,
       overall_score, overall_band, score_band, capped, signature, signature_fingerprint, warnings, file, file_sha256, document)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28::jsonb)
     ON CONFLICT (digest) DO NOTHING RETURNING id`,
    [
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
    ],
  );
  const row = inserted[0];
  if (!row) {
    const [existing] = await tx.query<{ id: number; superseded: boolean }>(
      'SELECT id, superseded_by IS NOT NULL AS superseded FROM submissions WHERE digest = $1',
      [r.digest],
    );
    return { status: 'duplicate', id: existing?.id ?? 0, superseded: existing?.superseded ?? false };
  }
  await insertDetails(tx, row.id, r);
  const before = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM submissions WHERE ${KEY_WHERE} AND superseded_by IS NULL AND id <> $4`,
    [...key, row.id],
  );
  const current = await settleSupersession(tx, key);
  // A report accepted now is no longer a rejection (e.g. ingested again with --checklists).
  await tx.query('DELETE FROM rejections WHERE file_sha256 = $1', [facts.sha256]);
  return { status: 'stored', id: row.id, supersedes: current === row.id ? (before[0]?.n ?? 0) : 0, superseded: current !== row.id };
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

/** Records a file that was not accepted, with its diagnostics; the same bytes twice are one rejection. */
export async function storeRejection(target: Queryable, r: RejectionFacts): Promise<void> {
  await target.query(
    `INSERT INTO rejections (file, file_sha256, kind, party_code, period, checklist_id, checklist_version, errors, warnings, diagnostics)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)
     ON CONFLICT (file_sha256) DO UPDATE SET file = EXCLUDED.file, diagnostics = EXCLUDED.diagnostics, errors = EXCLUDED.errors, warnings = EXCLUDED.warnings, rejected_at = now()`,
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
