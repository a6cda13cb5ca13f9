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

async function ingestOne(writer: Writer, result: ValidatedFile, env: ValidationEnvironment): Promise<IngestOutcome> {
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
  const reread = accepted ? parsedReport(result.file, bytes) : null;
  // The file is read again after validation: if it changed in between, what was validated is not what would be stored.
  const report = reread !== null && sameAsValidated(reread, result) ? reread : null;
  const match = report ? matchChecklist(report.checklist, await env.checklists()) : null;
  if (!report || !match?.ok) {
    const problem = reread !== null && report === null ? fileChanged(result) : notAReport(result);
    const diagnostics = result.errors === 0 ? [problem, ...result.diagnostics] : result.diagnostics.filter((d) => d.severity === 'error');
    const errors = Math.max(1, result.errors);
    await writer.rejection({
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
    });
    return { ...base, status: 'rejected', errors, diagnostics };
  }
  const signature = signatureOf(result);
  const stored = await writer.submission(submissionRecord(report, match.match.checklist), {
    file: result.file,
    sha256: digest,
    signature: signature.status,
    fingerprint: signature.fingerprint,
    warnings: result.warnings,
  });
  return {
    ...base,
    status: stored.status,
    supersedes: stored.status === 'stored' ? stored.supersedes : 0,
    superseded: stored.superseded,
    signature: signature.status,
    diagnostics: result.diagnostics,
  };
}

/** The report validate has just accepted, read again from the same bytes (validation ran in a worker). */
function parsedReport(file: string, bytes: Uint8Array): Report | null {
  const loaded = parseText(file, new TextDecoder().decode(bytes), { fastJson: true });
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

/** One transaction for the batch, one savepoint per file; outcomes are emitted once the batch is committed. */
async function ingestBatch(
  engine: Engine,
  results: readonly ValidatedFile[],
  env: ValidationEnvironment,
  emit: (outcome: IngestOutcome) => void,
): Promise<void> {
  let outcomes: IngestOutcome[];
  try {
    outcomes = await engine.transaction(async (tx) => {
      // Every child row references the submission inserted just before it, in this same transaction, and
      // the ingest deletes nothing: the foreign keys' per-row checks (half the cost of the rows) are skipped,
      // for this transaction only (LOCAL). The embedded store is always its superuser.
      await tx.query('SET LOCAL session_replication_role = replica');
      const done: IngestOutcome[] = [];
      const writer = withinTransaction(tx);
      for (const result of results) {
        await tx.query('SAVEPOINT ingest_file');
        try {
          done.push(await ingestOne(writer, result, env));
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
    outcomes = results.map((result) => failedOutcome(result, error));
  }
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
