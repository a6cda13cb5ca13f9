import { BINARY_HEADER, BINARY_TRAILER, binaryRow, binaryTypeOf, idRows, setIds, type BinaryType, type IdRows } from './copy-binary.js';
import type { CopyPart, Queryable } from './engine.js';
import { CHILD_TABLES, SUBMISSION_COLUMNS, type ChildRows, type StoredReport, type StoreResult } from './write.js';

/** A Queryable that can take rows by COPY (the embedded store). */
export interface CopyTarget extends Queryable {
  copyIn(sql: string, parts: readonly CopyPart[]): Promise<void>;
}

/**
 * A report's rows in COPY's binary format (copy-binary.ts), built where it
 * was validated (a worker), so that the embedded store's thread only fills in
 * the submission ids and joins them: its row of submissions, and for each of
 * COPY_SQL's tables its rows, each with a slot for the submission id.
 */
export interface CopyRows {
  submission: Uint8Array;
  children: IdRows[];
}

export interface BatchItem {
  report: StoredReport;
  copy: CopyRows;
  /** SHA-256 of the file: a report accepted now is no longer a rejection. */
  sha256: string;
}

const columns = (definitions: string): Array<{ name: string; type: BinaryType }> =>
  definitions.split(',').map((col) => {
    const [name = '', ...type] = col.trim().split(/\s+/);
    return { name, type: binaryTypeOf(type.join(' ')) };
  });
const CHILD_COLUMNS = CHILD_TABLES.map((c) => columns(c.columns));
const CHILD_TYPES = CHILD_COLUMNS.map((cols) => cols.map((col) => col.type));

/**
 * The types of SUBMISSION_COLUMNS, in their order, as migrations 1 and 5 made
 * them (a test compares them with the store's own columns).
 */
export const SUBMISSION_TYPES: readonly BinaryType[] = [
  ...Array<BinaryType>(13).fill('text'), // digest … scoring_model
  'int4', // scoring_version
  'text', // language
  'text', // created
  'text', // completed
  'bool', // complete
  'float8', // overall_score
  'text', // overall_band
  'text', // score_band
  'bool', // capped
  'text', // signature
  'text', // signature_fingerprint
  'int4', // warnings
  'text', // file
  'text', // file_sha256
  'text', // document (json)
];

const BINARY = `FROM '/dev/blob' WITH (FORMAT binary)`;

/** One COPY per child table for a whole batch, then the answer sheets; CopyRows.children follows this order. */
const COPY_SQL = [
  ...CHILD_TABLES.map((c, i) => `COPY ${c.table} (submission_id, ${(CHILD_COLUMNS[i] ?? []).map((col) => col.name).join(', ')}) ${BINARY}`),
  `COPY answer_sheets (submission_id, answers) ${BINARY}`,
];

/** The COPY rows of one report: `values` those of SUBMISSION_COLUMNS, `children` childRows, `sheet` sheetOf. */
export function copyRows(values: readonly unknown[], children: readonly ChildRows[], sheet: string): CopyRows {
  const tables = children.map((child, t) => {
    const cols = CHILD_COLUMNS[t] ?? [];
    const [only, ...others] = child.key;
    // As ON CONFLICT DO NOTHING did: a row repeating its primary key is stored once, the first.
    const seen = new Set<unknown>();
    const out: unknown[][] = [];
    for (const row of child.rows as ReadonlyArray<Record<string, unknown>>) {
      const key = others.length === 0 && only !== undefined ? row[only] : child.key.map((k) => String(row[k])).join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const values: unknown[] = [];
      for (const col of cols) values.push(row[col.name]);
      out.push(values);
    }
    return idRows(CHILD_TYPES[t] ?? [], out);
  });
  return { submission: binaryRow(SUBMISSION_TYPES, values), children: [...tables, idRows(['text'], [[sheet]])] };
}

/** The rows of every child table for the new submissions, one COPY per table, their submission ids filled in. */
function childCopies(stored: ReadonlyArray<{ id: number; item: BatchItem }>): Array<{ sql: string; parts: CopyPart[] }> {
  return COPY_SQL.map((sql, t) => {
    const parts: CopyPart[] = [];
    for (const { id, item } of stored) {
      const rows = item.copy.children[t];
      if (!rows || rows.starts.length === 0) continue;
      setIds(rows, id);
      parts.push(rows.bytes);
    }
    return { sql, parts: parts.length > 0 ? [BINARY_HEADER, ...parts, BINARY_TRAILER] : [] };
  }).filter((c) => c.parts.length > 0);
}

/** The provisions of each checklist the batch's reports name, once per checklist the store does not have yet. */
async function storeProvisions(tx: Queryable, reports: readonly StoredReport[]): Promise<void> {
  const byChecklist = new Map<string, StoredReport>();
  for (const r of reports) if (!byChecklist.has(r.checklistHash)) byChecklist.set(r.checklistHash, r);
  if (byChecklist.size === 0) return;
  const known = new Set(
    (
      await tx.query<{ checklist_hash: string }>(
        'SELECT DISTINCT checklist_hash FROM checklist_provisions WHERE checklist_hash = ANY($1::text[])',
        [[...byChecklist.keys()]],
      )
    ).map((r) => r.checklist_hash),
  );
  for (const [hash, r] of byChecklist) {
    if (known.has(hash)) continue;
    await tx.query(
      `INSERT INTO checklist_provisions (checklist_hash, question, catalogue, provision)
       SELECT $1, x.question, x.catalogue, x.provision FROM jsonb_to_recordset($2::jsonb) AS x(question text, catalogue text, provision text)
       ON CONFLICT DO NOTHING`,
      [hash, r.provisions],
    );
  }
}

const SAME_KEY = (a: string, b: string): string =>
  `${a}.party_code = ${b}.party_code AND ${a}.checklist_id = ${b}.checklist_id AND ${a}.period = ${b}.period`;

/**
 * What each new submission's outcome would have been had the files been
 * stored one by one, in order (ids grow in that order): superseded when a
 * report of its key stored before it is newer (creation date, then digest);
 * otherwise it supersedes the one current before it, if any.
 */
const OUTCOMES_SQL = `
SELECT n.id,
  EXISTS (SELECT 1 FROM submissions r WHERE ${SAME_KEY('r', 'n')} AND r.id < n.id
          AND (r.created::timestamptz, r.digest) > (n.created::timestamptz, n.digest)) AS superseded,
  CASE WHEN EXISTS (SELECT 1 FROM submissions e WHERE ${SAME_KEY('e', 'n')} AND e.id < n.id AND e.id = ANY($1::int[])) THEN 1
       ELSE (SELECT count(*)::int FROM submissions r WHERE ${SAME_KEY('r', 'n')} AND r.superseded_by IS NULL AND NOT r.id = ANY($1::int[]))
  END AS before
FROM submissions n WHERE n.id = ANY($1::int[])`;

/** Every report of the keys the batch touched points to its key's newest (none for the newest itself), in one statement. */
const SETTLE_SQL = `
WITH keys AS (SELECT DISTINCT party_code, checklist_id, period FROM submissions WHERE id = ANY($1::int[])),
newest AS (SELECT DISTINCT ON (s.party_code, s.checklist_id, s.period) s.party_code, s.checklist_id, s.period, s.id
           FROM submissions s JOIN keys k ON ${SAME_KEY('s', 'k')}
           ORDER BY s.party_code, s.checklist_id, s.period, s.created::timestamptz DESC, s.digest DESC)
UPDATE submissions s SET superseded_by = NULLIF(n.id, s.id) FROM newest n
WHERE ${SAME_KEY('s', 'n')} AND s.superseded_by IS DISTINCT FROM NULLIF(n.id, s.id)`;

/**
 * Stores a batch of accepted reports in the transaction the caller holds, in
 * a few statements whatever its size: digests already stored are looked up
 * at once, the new submissions and each child table are taken by one COPY,
 * supersession is settled once for every key of the batch. The result of
 * each item is what storing the items one by one would have given (a
 * duplicate's `superseded` is its state after the batch). Any error throws:
 * the caller rolls back and stores the files one by one.
 */
export async function storeBatch(tx: CopyTarget, items: readonly BatchItem[]): Promise<StoreResult[]> {
  if (items.length === 0) return [];
  const digests = items.map((i) => i.report.digest);
  const existing = new Set(
    (await tx.query<{ digest: string }>('SELECT digest FROM submissions WHERE digest = ANY($1::text[])', [digests])).map((r) => r.digest),
  );
  const fresh: BatchItem[] = [];
  for (const item of items) {
    if (existing.has(item.report.digest)) continue;
    existing.add(item.report.digest);
    fresh.push(item);
  }
  if (fresh.length > 0)
    await tx.copyIn(`COPY submissions (${SUBMISSION_COLUMNS}) ${BINARY}`, [
      BINARY_HEADER,
      ...fresh.map((i) => i.copy.submission),
      BINARY_TRAILER,
    ]);
  const ids = new Map(
    (await tx.query<{ id: number; digest: string }>('SELECT id, digest FROM submissions WHERE digest = ANY($1::text[])', [digests])).map(
      (r) => [r.digest, r.id],
    ),
  );
  const stored = fresh.map((item) => ({ id: ids.get(item.report.digest) ?? 0, item }));
  for (const copy of childCopies(stored)) await tx.copyIn(copy.sql, copy.parts);
  await storeProvisions(
    tx,
    stored.map((s) => s.item.report),
  );
  const newIds = stored.map((s) => s.id);
  const outcomes = new Map<number, { superseded: boolean; before: number }>();
  if (newIds.length > 0) {
    for (const o of await tx.query<{ id: number; superseded: boolean; before: number }>(OUTCOMES_SQL, [newIds])) outcomes.set(o.id, o);
    await tx.query(SETTLE_SQL, [newIds]);
    // A report accepted now is no longer a rejection (e.g. ingested again with --checklists).
    await tx.query('DELETE FROM rejections WHERE file_sha256 = ANY($1::text[])', [stored.map((s) => s.item.sha256)]);
  }
  const after = new Map(
    (
      await tx.query<{ id: number; superseded: boolean }>(
        'SELECT id, superseded_by IS NOT NULL AS superseded FROM submissions WHERE id = ANY($1::int[])',
        [[...ids.values()]],
      )
    ).map((r) => [r.id, r.superseded]),
  );
  const firstNew = new Set<BatchItem>(fresh);
  return items.map((item): StoreResult => {
    const id = ids.get(item.report.digest) ?? 0;
    const outcome = outcomes.get(id);
    if (!firstNew.has(item) || !outcome) return { status: 'duplicate', id, superseded: after.get(id) ?? false };
    return { status: 'stored', id, supersedes: outcome.superseded ? 0 : outcome.before, superseded: outcome.superseded };
  });
}
