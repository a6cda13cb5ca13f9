import { compareDiagnostics, phrase, type Diagnostic, type DiagnosticText } from '../domain/diagnostic.js';
import type { DocumentFacts } from '../domain/validate/facts.js';
import { VERIFY_RESULT_CODES, type SignatureCheck } from '../domain/signature/status.js';
import type { SignatureOutput, ValidatedFile } from '../domain/schemas/validate-output.js';
import { fileStatus, severityCounts } from '../domain/validate/summary.js';
import { validateWellFormedReport, walkReport, type ReportWalk } from '../domain/validate/validate-document.js';
import { toolWords } from '../i18n/tool-words.js';
import { attachPositions, parseText, type JsonCensus } from './load-document.js';
import { readTextSync, type TextResult } from './read-text.js';
import { checkSignature } from './signatures.js';
import type { IngestForm } from './db/ingest-rows.js';
import type { ValidationEnvironment } from './validate-environment.js';
import { fastLocator } from './validate-json-positions.js';

/**
 * What the main thread sends a worker: the names of a few files, which the
 * worker reads and validates in order, answering with their records. A batch
 * rather than one message per file; the worker reads, so that no text is
 * copied between threads or held by the main thread.
 */
export interface BatchTask {
  files: string[];
  /** `db ingest`: also build what the store keeps of each file, in the form its engine takes (io/db/ingest-rows.ts). */
  ingest?: IngestForm;
}

/** `complete`: never the fast path of a well-formed report (the tests compare both paths). */
export interface ValidationPaths {
  complete?: boolean;
}

const NO_FACTS: DocumentFacts = {
  kind: null,
  country: null,
  period: null,
  checklist: null,
  score: null,
  complete: null,
  missing: null,
  band: null,
  cappedBy: null,
};

/** The record of one file; diagnostics sorted so that the output never depends on the order of the checks. */
export function fileResult(
  file: string,
  facts: DocumentFacts,
  diagnostics: Diagnostic[],
  signature?: SignatureOutput | null,
): ValidatedFile {
  const { errors, warnings } = severityCounts(diagnostics);
  const result: ValidatedFile = {
    file,
    ...facts,
    status: fileStatus(errors, warnings),
    errors,
    warnings,
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
  if (signature !== undefined) result.signature = signature;
  return result;
}

/** A file whose validation could not finish: it still gets its line in the output, and the batch goes on. */
export function failedResult(
  file: string,
  code: 'validation-out-of-memory' | 'validation-timeout' | 'validation-crashed',
  message: DiagnosticText,
  withSignature: boolean,
): ValidatedFile {
  return fileResult(file, NO_FACTS, [{ code, severity: 'error', message, file, pointer: '' }], withSignature ? null : undefined);
}

function signatureDiagnostic(file: string, check: SignatureCheck): Diagnostic[] {
  if (check.status === 'valid') return [];
  const severity = check.status === 'missing' || check.status === 'unknown-key' ? 'warning' : 'error';
  return [{ code: VERIFY_RESULT_CODES[check.status], severity, message: check.message, file, pointer: '' }];
}

/**
 * Recognises and validates one file already read. JSON is parsed with
 * JSON.parse; only a file with findings is read again, for their lines and
 * columns — by scanning its text, not by parsing it as YAML (40 times slower).
 */
async function validateRead(
  file: string,
  text: TextResult,
  env: ValidationEnvironment,
  paths: ValidationPaths,
  keep?: (data: unknown, wellFormedReport: boolean) => void,
): Promise<ValidatedFile> {
  const keys = await env.trustedKeys();
  // A report's schema check and digest run as the loader reads it, and the writing of the digest counts what the
  // loader's bounds need (load-document.ts), which then need no walk of their own; not on the complete path, which the
  // tests compare with.
  let walked: ReportWalk | undefined;
  const census = (data: unknown): JsonCensus | undefined => {
    walked = walkReport(data);
    return walked?.checked;
  };
  const options = { fastJson: true, census: paths.complete === true ? undefined : census };
  const loaded = text.ok ? await parseText(file, text.text, options) : { ok: false as const, diagnostics: [text.diagnostic] };
  if (!loaded.ok) return fileResult(file, NO_FACTS, loaded.diagnostics, keys ? null : undefined);
  const { data } = loaded.document;
  const kind = typeof data === 'object' && data !== null && 'kind' in data ? data.kind : undefined;
  const library = {
    checklists: kind === 'report' || kind === 'answers' || kind === 'measures' ? await env.checklists() : [],
    catalogues: kind === 'checklist' || kind === 'measures' ? await env.catalogues() : new Map(),
    words: toolWords(),
  };
  // A well-formed report without zod or the linter; any other document with them, loaded then.
  const wellFormed = paths.complete === true ? undefined : validateWellFormedReport(data, library, walked);
  const verdict = wellFormed ?? (await import('../domain/validate/validate-any.js')).validateDocument(data, library, paths);
  keep?.(data, wellFormed !== undefined);
  // The loader reads a .json file with JSON.parse only: what it loaded is strict JSON.
  const locate = text.ok ? fastLocator(file, text.text, loaded.document.locate, true) : loaded.document.locate;
  // The loader's own findings on a file it could read (a duplicate key in JSON) come first.
  const diagnostics = [...loaded.diagnostics, ...attachPositions({ ...loaded.document, locate }, verdict.findings)];
  const { findings: _findings, ...facts } = verdict;
  if (!keys) return fileResult(file, facts, diagnostics);
  if (verdict.kind !== 'report') return fileResult(file, facts, diagnostics, null);
  const check = await checkSignature(file, data, keys);
  diagnostics.push(...signatureDiagnostic(file, check));
  return fileResult(file, facts, diagnostics, {
    status: check.status,
    fingerprint: check.fingerprint ?? null,
    signedAt: check.signedAt ?? null,
  });
}

/**
 * Validates a file read by the caller (the main thread reads, so that workers
 * never wait for the disk). Never throws: an unexpected failure on one file
 * becomes that file's diagnostic. `keep` receives the parsed document (what
 * `db ingest` stores of a valid report is built from it, not parsed again) and
 * whether the report's schema check accepted it (then not checked again).
 */
export async function validateText(
  file: string,
  text: TextResult,
  env: ValidationEnvironment,
  paths: ValidationPaths = {},
  keep?: (data: unknown, wellFormedReport: boolean) => void,
): Promise<ValidatedFile> {
  try {
    return await validateRead(file, text, env, paths, keep);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const withSignature = (await env.trustedKeys().catch(() => null)) !== null;
    return failedResult(file, 'validation-crashed', phrase('validation-crashed.unexpected', { reason }), withSignature);
  }
}

/**
 * Validates each file of a batch in order (what a worker does). Files are
 * read synchronously: the worker has nothing else to do meanwhile, and an
 * asynchronous read ahead could not advance while a file is validated (its
 * steps wait for the event loop), so that the worker waited for each read.
 */
export async function validateBatch(task: BatchTask, env: ValidationEnvironment): Promise<ValidatedFile[]> {
  const out: ValidatedFile[] = [];
  for (const file of task.files) out.push(await validateText(file, readTextSync(file), env));
  return out;
}
