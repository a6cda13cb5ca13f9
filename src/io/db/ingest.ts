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
import { storeRejection, storeSubmission } from './write.js';

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

async function ingestOne(engine: Engine, result: ValidatedFile, env: ValidationEnvironment): Promise<IngestOutcome> {
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
    await storeRejection(engine, {
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
  const stored = await storeSubmission(engine, submissionRecord(report, match.match.checklist), {
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
  const parsed = Report.safeParse(loaded.document.data);
  return parsed.success ? parsed.data : null;
}

/**
 * Validates the files exactly as `validate` does (in parallel, same
 * environment), then stores each in the order of the files: accepted reports
 * in their tables, anything else as a rejection with its diagnostics. A
 * database error on one file becomes that file's outcome; the batch goes on.
 */
export async function ingestFiles(engine: Engine, files: readonly string[], options: IngestOptions, emit: (outcome: IngestOutcome) => void): Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  await validateFiles(files, { jobs: options.jobs, sources: options.sources, env: options.env }, (result) => {
    chain = chain.then(async () => {
      try {
        emit(await ingestOne(engine, result, options.env));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        emit({
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
          diagnostics: [{ code: 'db-write-failed', severity: 'error', message: `the database refused this file: ${message}`, file: result.file, pointer: '' }],
        });
      }
    });
  });
  await chain;
}
