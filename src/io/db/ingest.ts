import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IngestOutcome } from '../../domain/db/ingest-outcome.js';
import type { Diagnostic } from '../../domain/diagnostic.js';
import type { ValidatedFile } from '../../domain/schemas/validate-output.js';
import { writeDiagnostics } from '../../i18n/write-text.js';
import type { ValidationEnvironment, ValidationSources } from '../validate-environment.js';
import { validateFiles } from '../validate-run.js';
import type { Engine } from './engine.js';
import type { Queryable } from './engine.js';
import { ingestRowsOf, type IngestForm } from './ingest-rows.js';
import { storeBatch, type CopyRows } from './write-batch.js';
import { storeRejection, storeRejections, storeSubmission, type RejectionFacts, type StoredReport, type StoreResult } from './write.js';

export interface IngestOptions {
  jobs: number;
  sources: ValidationSources;
  env: ValidationEnvironment;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function notAReport(result: ValidatedFile): Diagnostic {
  return {
    code: 'db-not-a-report',
    severity: 'error',
    message: `this is ${result.kind === null ? 'not a selfassess document' : `a ${result.kind}, not a report`} — only reports are stored`,
    file: result.file,
    pointer: '',
  };
}

/** A report ready to be written, in the form its engine takes. */
interface Submission {
  report: StoredReport;
  params: unknown[] | null;
  copy: CopyRows | null;
  sha256: string;
}

/** Where one file's rows go: its own transaction, or the batch's transaction under the file's savepoint. */
interface Writer {
  submission(s: Submission): Promise<StoreResult>;
  rejection(facts: RejectionFacts): Promise<void>;
}

const ownTransactions = (engine: Engine): Writer => ({
  submission: (s) => storeSubmission(engine, s.report, s.params ?? missing('parameters'), s.sha256),
  rejection: (facts) => storeRejection(engine, facts),
});

/** The embedded store's batch, a file at a time: storeBatch of that file alone, under its savepoint. */
const withinTransaction = (tx: Queryable): Writer => ({
  submission: async (s) => {
    const copyIn = tx.copyIn ?? missing('COPY');
    const [stored] = await storeBatch({ ...tx, copyIn }, [{ report: s.report, copy: s.copy ?? missing('COPY lines'), sha256: s.sha256 }]);
    return stored ?? missing('outcome');
  },
  rejection: (facts) => storeRejection(tx, facts),
});

function missing(what: string): never {
  throw new Error(`no ${what} for this file`);
}

/** One file made ready for the database: a rejection to record, a report to store, or a file that failed before. */
type Prepared =
  | { kind: 'rejection'; facts: RejectionFacts; outcome: IngestOutcome }
  | (Submission & { kind: 'submission'; file: string; outcome: (stored: StoreResult) => IngestOutcome })
  | { kind: 'failed'; outcome: IngestOutcome };

/**
 * What the database keeps of a validated file, from the rows its worker built
 * (io/db/ingest-rows.ts) out of the same bytes it validated: nothing is read
 * or parsed again here, but for a file whose worker died (its SHA-256).
 */
async function prepareOne(result: ValidatedFile): Promise<Prepared> {
  const base = {
    file: result.file,
    party: result.country,
    period: result.period,
    checklist: result.checklist ? `${result.checklist.id} ${result.checklist.version}` : null,
    supersedes: 0,
    superseded: false,
    signature: result.signature?.status ?? null,
    errors: result.errors,
    warnings: result.warnings,
  };
  const rows = ingestRowsOf(result);
  if (rows?.failure) return { kind: 'failed', outcome: failedOutcome(result, new Error(rows.failure)) };
  const report = rows?.report;
  if (!report) {
    const diagnostics =
      result.errors === 0 ? [notAReport(result), ...result.diagnostics] : result.diagnostics.filter((d) => d.severity === 'error');
    const errors = Math.max(1, result.errors);
    const facts: RejectionFacts = {
      file: result.file,
      sha256: rows?.sha256 ?? sha256(await readFile(result.file).catch(() => new Uint8Array())),
      kind: result.kind,
      party: result.country,
      period: result.period,
      checklist: result.checklist,
      errors,
      warnings: result.warnings,
      // The database keeps sentences, in English: its data does not depend on who ingested it.
      diagnostics: writeDiagnostics(diagnostics, 'en'),
    };
    return { kind: 'rejection', facts, outcome: { ...base, status: 'rejected', errors, diagnostics } };
  }
  return {
    kind: 'submission',
    report,
    params: rows.params,
    copy: rows.copy,
    sha256: rows.sha256,
    file: result.file,
    outcome: (stored) => ({
      ...base,
      status: stored.status,
      supersedes: stored.status === 'stored' ? stored.supersedes : 0,
      superseded: stored.superseded,
      signature: report.signature,
      diagnostics: result.diagnostics,
    }),
  };
}

async function writeOne(writer: Writer, prepared: Prepared): Promise<IngestOutcome> {
  if (prepared.kind === 'failed') return prepared.outcome;
  if (prepared.kind === 'rejection') {
    await writer.rejection(prepared.facts);
    return prepared.outcome;
  }
  return prepared.outcome(await writer.submission(prepared));
}

/** A file whose rows the database refused: its outcome, and the batch goes on. */
function failedOutcome(result: ValidatedFile, error: unknown): IngestOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return {
    file: result.file,
    status: 'failed',
    party: result.country,
    period: result.period,
    checklist: result.checklist ? `${result.checklist.id} ${result.checklist.version}` : null,
    supersedes: 0,
    superseded: false,
    signature: null,
    errors: 1,
    warnings: 0,
    diagnostics: [
      { code: 'db-write-failed', severity: 'error', message: `the database refused this file: ${message}`, file: result.file, pointer: '' },
    ],
  };
}

/**
 * Files the embedded store takes in one transaction. Each commit of PGlite
 * writes its files, which cost more than the rows of a report: a batch makes
 * the ingest of 10,000 reports several times faster. Each file keeps its own
 * savepoint, so that a file the database refuses is rolled back alone. 200
 * rather than 100: the batch's own statements (supersession settled, digests
 * looked up, rejections) cost per batch, some of them a scan of the store —
 * 0.9 s less of the store's thread for 10,000 reports (12.0 → 11.1 s); the
 * last batch, written once validation is over, takes ≈ 0.1 s longer.
 */
const EMBEDDED_BATCH_FILES = 200;

/**
 * The batch in a few statements (storeBatch: one COPY per table, supersession
 * settled once): rejections first, then the reports, in one transaction.
 * Throws when the database refuses any of it; nothing of the batch is then stored.
 */
async function writeBatchAtOnce(engine: Engine, prepared: readonly Prepared[]): Promise<IngestOutcome[]> {
  return engine.transaction(async (tx) => {
    if (!tx.copyIn) throw new Error('this engine takes no COPY');
    const target = { ...tx, copyIn: tx.copyIn };
    // As in writeInSavepoints: the foreign keys' per-row checks are skipped within this transaction.
    await tx.query('SET LOCAL session_replication_role = replica');
    const outcomes = new Map<Prepared, IngestOutcome>();
    for (const p of prepared) if (p.kind !== 'submission') outcomes.set(p, p.outcome);
    await storeRejections(
      tx,
      prepared.flatMap((p) => (p.kind === 'rejection' ? [p.facts] : [])),
    );
    const items = prepared.flatMap((p) => (p.kind === 'submission' && p.copy ? [{ p, copy: p.copy }] : []));
    const stored = await storeBatch(
      target,
      items.map(({ p, copy }) => ({ report: p.report, copy, sha256: p.sha256 })),
    );
    items.forEach(({ p }, i) => {
      const result = stored[i];
      if (result) outcomes.set(p, p.outcome(result));
    });
    return prepared.map((p) => outcomes.get(p) ?? unwritten(p));
  });
}

function unwritten(p: Prepared): never {
  throw new Error(`no outcome for ${p.kind === 'submission' ? p.file : p.outcome.file}`);
}

/** One transaction for the batch, one savepoint per file; outcomes are emitted once the batch is committed. */
async function writeInSavepoints(
  engine: Engine,
  results: readonly ValidatedFile[],
  prepared: ReadonlyArray<Prepared | Error>,
): Promise<IngestOutcome[]> {
  try {
    return await engine.transaction(async (tx) => {
      // Every child row references the submission inserted just before it, in this same transaction, and
      // the ingest deletes nothing: the foreign keys' per-row checks (half the cost of the rows) are skipped,
      // for this transaction only (LOCAL). The embedded store is always its superuser.
      await tx.query('SET LOCAL session_replication_role = replica');
      const done: IngestOutcome[] = [];
      const writer = withinTransaction(tx);
      for (const [i, result] of results.entries()) {
        const p = prepared[i];
        await tx.query('SAVEPOINT ingest_file');
        try {
          if (p === undefined || p instanceof Error) throw p ?? new Error('not prepared');
          done.push(await writeOne(writer, p));
          await tx.query('RELEASE SAVEPOINT ingest_file');
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT ingest_file');
          done.push(failedOutcome(result, error));
        }
      }
      return done;
    });
  } catch (error) {
    // The commit itself failed: nothing of the batch was stored.
    return results.map((result) => failedOutcome(result, error));
  }
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/**
 * A batch of the embedded store: written at once when the database takes all
 * of it (the usual case), else again file by file, each under its savepoint,
 * so that a file the database refuses is rolled back alone and the others kept.
 */
async function ingestBatch(engine: Engine, results: readonly ValidatedFile[], emit: (outcome: IngestOutcome) => void): Promise<void> {
  const prepared = await Promise.all(results.map((r) => prepareOne(r).catch(asError)));
  const ready = prepared.flatMap((p) => (p instanceof Error ? [] : [p]));
  let outcomes: IngestOutcome[] | null = null;
  if (ready.length === prepared.length) outcomes = await writeBatchAtOnce(engine, ready).catch(() => null);
  outcomes ??= await writeInSavepoints(engine, results, prepared);
  for (const outcome of outcomes) emit(outcome);
}

/**
 * Batches of the embedded store written or waiting to be, at most: beyond,
 * validation waits (its records, with the rows they carry, are held meanwhile);
 * one being written and one ready keep the store's thread busy.
 */
const EMBEDDED_BATCHES_AHEAD = 2;
/** The same for PostgreSQL, in files (each its own transaction). */
const POSTGRES_FILES_AHEAD = 64;

/**
 * Validates the files exactly as `validate` does (in parallel, same
 * environment; the workers also build what is stored of each file), then
 * stores each in the order of the files: accepted reports in their tables,
 * anything else as a rejection with its diagnostics. A database error on one
 * file becomes that file's outcome; the batch goes on. On PostgreSQL each
 * file is its own transaction (consultants may ingest at once: short
 * transactions, no lock held across files); in the embedded store, which one
 * process holds alone, files are committed in batches. Validation goes on
 * while earlier files are written, up to a bound.
 */
export async function ingestFiles(
  engine: Engine,
  files: readonly string[],
  options: IngestOptions,
  emit: (outcome: IngestOutcome) => void,
): Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  // The writes not yet done, oldest first (each settles after those before it).
  const inFlight: Array<Promise<void>> = [];
  const enqueue = (write: () => Promise<void>): void => {
    const done = chain.then(write);
    chain = done;
    inFlight.push(done);
    const settled = (): void => {
      inFlight.splice(inFlight.indexOf(done), 1);
    };
    done.then(settled, settled);
  };
  /** What validation waits for once `ahead` writes are queued: the one whose end leaves fewer. */
  const backlog = (ahead: number): Promise<void> | undefined => (inFlight.length >= ahead ? inFlight[inFlight.length - ahead] : undefined);
  const form: IngestForm = engine.kind === 'postgres' ? 'postgres' : 'embedded';
  const validation = { jobs: options.jobs, sources: options.sources, env: options.env, ingest: form };
  if (engine.kind === 'postgres') {
    const writer = ownTransactions(engine);
    await validateFiles(files, validation, (result) => {
      enqueue(async () => {
        try {
          emit(await writeOne(writer, await prepareOne(result)));
        } catch (error) {
          emit(failedOutcome(result, error));
        }
      });
      return backlog(POSTGRES_FILES_AHEAD);
    });
    await chain;
    return;
  }
  let batch: ValidatedFile[] = [];
  const flush = (): void => {
    const results = batch;
    batch = [];
    if (results.length > 0) enqueue(() => ingestBatch(engine, results, emit));
  };
  await validateFiles(files, validation, (result) => {
    batch.push(result);
    if (batch.length >= EMBEDDED_BATCH_FILES) flush();
    return backlog(EMBEDDED_BATCHES_AHEAD);
  });
  flush();
  await chain;
}
