import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { matchChecklist } from '../../domain/answers/match-checklist.js';
import { submissionRecord } from '../../domain/db/submission.js';
import { Report } from '../../domain/schemas/report.js';
import type { IngestOutcome } from '../../domain/db/ingest-outcome.js';
import type { Diagnostic } from '../../domain/diagnostic.js';
import type { ValidatedFile } from '../../domain/schemas/validate-output.js';
import { writeDiagnostics } from '../../i18n/write-text.js';
import { parseText } from '../load-document.js';
import type { ValidationEnvironment, ValidationSources } from '../validate-environment.js';
import { validateFiles } from '../validate-run.js';
import type { Engine } from './engine.js';
import { isWellFormedReport } from '../../domain/validate/report-shape.js';
import type { Queryable } from './engine.js';
import { storeBatch } from './write-batch.js';
import { storeRejection, storeSubmission, storeSubmissionIn, type FileFacts, type RejectionFacts, type StoreResult } from './write.js';

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

function fileChanged(result: ValidatedFile): Diagnostic {
  return {
    code: 'db-file-changed',
    severity: 'error',
    message: 'the file changed while it was being ingested — ingest it again',
    file: result.file,
    pointer: '',
  };
}

/** What validate saw of the file (its facts) is what was read again. */
export function sameAsValidated(report: Report, result: ValidatedFile): boolean {
  return (
    report.respondent.party.code === result.country &&
    report.period === result.period &&
    report.checklist.hash === result.checklist?.hash &&
    report.scores.overall.score === result.score &&
    report.scores.overall.band === result.band
  );
}

/** The signature as stored: checked with --trusted-keys, else whether a .sig file is there at all. */
function signatureOf(result: ValidatedFile): { status: string; fingerprint: string | null } {
  if (result.signature) return { status: result.signature.status, fingerprint: result.signature.fingerprint };
  return { status: existsSync(`${result.file}.sig`) ? 'unchecked' : 'missing', fingerprint: null };
}

/** Where one file's rows go: its own transaction, or the batch's transaction under the file's savepoint. */
interface Writer {
  submission(record: ReturnType<typeof submissionRecord>, facts: FileFacts): Promise<StoreResult>;
  rejection(facts: RejectionFacts): Promise<void>;
}

const ownTransactions = (engine: Engine): Writer => ({
  submission: (record, facts) => storeSubmission(engine, record, facts),
  rejection: (facts) => storeRejection(engine, facts),
});

/** The embedded store's batch: its only connection, so no other ingest to wait for. */
const withinTransaction = (tx: Queryable): Writer => ({
  submission: (record, facts) => storeSubmissionIn(tx, record, facts, true),
  rejection: (facts) => storeRejection(tx, facts),
});

/** One file made ready for the database: a rejection to record, or a report to store. */
type Prepared =
  | { kind: 'rejection'; facts: RejectionFacts; outcome: IngestOutcome }
  | { kind: 'submission'; record: ReturnType<typeof submissionRecord>; facts: FileFacts; outcome: (stored: StoreResult) => IngestOutcome };

/** Reads the file again, checks it is the one validated, and builds what the database keeps of it. */
async function prepareOne(result: ValidatedFile, env: ValidationEnvironment): Promise<Prepared> {
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
  const bytes = await readFile(result.file).catch(() => new Uint8Array());
  const digest = sha256(bytes);
  const accepted = result.kind === 'report' && result.errors === 0;
  const reread = accepted ? await parsedReport(result.file, bytes) : null;
  // The file is read again after validation: if it changed in between, what was validated is not what would be stored.
  const report = reread !== null && sameAsValidated(reread, result) ? reread : null;
  const match = report ? matchChecklist(report.checklist, await env.checklists()) : null;
  if (!report || !match?.ok) {
    const problem = reread !== null && report === null ? fileChanged(result) : notAReport(result);
    const diagnostics = result.errors === 0 ? [problem, ...result.diagnostics] : result.diagnostics.filter((d) => d.severity === 'error');
    const errors = Math.max(1, result.errors);
    const facts: RejectionFacts = {
      file: result.file,
      sha256: digest,
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
  const signature = signatureOf(result);
  return {
    kind: 'submission',
    record: submissionRecord(report, match.match.checklist),
    facts: {
      file: result.file,
      sha256: digest,
      signature: signature.status,
      fingerprint: signature.fingerprint,
      warnings: result.warnings,
    },
    outcome: (stored) => ({
      ...base,
      status: stored.status,
      supersedes: stored.status === 'stored' ? stored.supersedes : 0,
      superseded: stored.superseded,
      signature: signature.status,
      diagnostics: result.diagnostics,
    }),
  };
}

async function writeOne(writer: Writer, prepared: Prepared): Promise<IngestOutcome> {
  if (prepared.kind === 'rejection') {
    await writer.rejection(prepared.facts);
    return prepared.outcome;
  }
  return prepared.outcome(await writer.submission(prepared.record, prepared.facts));
}

async function ingestOne(writer: Writer, result: ValidatedFile, env: ValidationEnvironment): Promise<IngestOutcome> {
  return writeOne(writer, await prepareOne(result, env));
}

/** The report validate has just accepted, read again from the same bytes (validation ran in a worker). */
async function parsedReport(file: string, bytes: Uint8Array): Promise<Report | null> {
  const loaded = await parseText(file, new TextDecoder().decode(bytes), { fastJson: true });
  if (!loaded.ok) return null;
  const data = loaded.document.data;
  if (isWellFormedReport(data)) return data;
  const parsed = Report.safeParse(data);
  return parsed.success ? parsed.data : null;
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
 * savepoint, so that a file the database refuses is rolled back alone.
 */
const EMBEDDED_BATCH_FILES = 100;

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
    for (const p of prepared) {
      if (p.kind !== 'rejection') continue;
      await storeRejection(tx, p.facts);
      outcomes.set(p, p.outcome);
    }
    const submissions = prepared.flatMap((p) => (p.kind === 'submission' ? [p] : []));
    const stored = await storeBatch(
      target,
      submissions.map((p) => ({ record: p.record, facts: p.facts })),
    );
    submissions.forEach((p, i) => {
      const result = stored[i];
      if (result) outcomes.set(p, p.outcome(result));
    });
    return prepared.map((p) => outcomes.get(p) ?? failedPrepared(p));
  });
}

function failedPrepared(p: Prepared): never {
  throw new Error(`no outcome for ${p.facts.file}`);
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

/**
 * A batch of the embedded store: written at once when the database takes all
 * of it (the usual case), else again file by file, each under its savepoint,
 * so that a file the database refuses is rolled back alone and the others kept.
 */
async function ingestBatch(
  engine: Engine,
  results: readonly ValidatedFile[],
  env: ValidationEnvironment,
  emit: (outcome: IngestOutcome) => void,
): Promise<void> {
  const prepared = await Promise.all(
    results.map((r) => prepareOne(r, env).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))),
  );
  const ready = prepared.flatMap((p) => (p instanceof Error ? [] : [p]));
  let outcomes: IngestOutcome[] | null = null;
  if (ready.length === prepared.length) outcomes = await writeBatchAtOnce(engine, ready).catch(() => null);
  outcomes ??= await writeInSavepoints(engine, results, prepared);
  for (const outcome of outcomes) emit(outcome);
}

/**
 * Validates the files exactly as `validate` does (in parallel, same
 * environment), then stores each in the order of the files: accepted reports
 * in their tables, anything else as a rejection with its diagnostics. A
 * database error on one file becomes that file's outcome; the batch goes on.
 * On PostgreSQL each file is its own transaction (consultants may ingest at
 * once: short transactions, no lock held across files); in the embedded
 * store, which one process holds alone, files are committed in batches.
 */
export async function ingestFiles(
  engine: Engine,
  files: readonly string[],
  options: IngestOptions,
  emit: (outcome: IngestOutcome) => void,
): Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  const validation = { jobs: options.jobs, sources: options.sources, env: options.env };
  if (engine.kind === 'postgres') {
    const writer = ownTransactions(engine);
    await validateFiles(files, validation, (result) => {
      chain = chain.then(async () => {
        try {
          emit(await ingestOne(writer, result, options.env));
        } catch (error) {
          emit(failedOutcome(result, error));
        }
      });
    });
    await chain;
    return;
  }
  let batch: ValidatedFile[] = [];
  const flush = (): void => {
    const results = batch;
    batch = [];
    if (results.length > 0) chain = chain.then(() => ingestBatch(engine, results, options.env, emit));
  };
  await validateFiles(files, validation, (result) => {
    batch.push(result);
    if (batch.length >= EMBEDDED_BATCH_FILES) flush();
  });
  flush();
  await chain;
}
