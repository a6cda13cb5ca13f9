// What `db ingest` stores of a file, built by the validation worker that has just read, parsed and
// validated it: the thread that holds the embedded store (PGlite, single-threaded) only writes.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { matchChecklist } from '../../domain/answers/match-checklist.js';
import { submissionRecord, type SubmissionRecord } from '../../domain/db/submission.js';
import type { Report } from '../../domain/schemas/report.js';
import type { ValidatedFile } from '../../domain/schemas/validate-output.js';
import { readTextAndBytesSync } from '../read-text.js';
import type { ValidationEnvironment } from '../validate-environment.js';
import { validateText } from '../validate-file.js';
import { copyRows, type CopyRows } from './write-batch.js';
import { checklistProvisions, childRows, insertParams, sheetOf, submissionValues, type StoredReport } from './write.js';

/** The engine the rows are for: the embedded store takes them by COPY, PostgreSQL by one statement per file. */
export type IngestForm = 'embedded' | 'postgres';

/** What the store keeps of one file besides validate's record of it. */
export interface IngestRows {
  /** SHA-256 of the bytes validated (of no bytes when the file could not be read). */
  sha256: string;
  /** The report to store; null when the store does not take the file (not a report, or errors): a rejection. */
  report: StoredReport | null;
  /** Its rows as parameters of one statement, for PostgreSQL (insertParams). */
  params: unknown[] | null;
  /** Its rows as COPY lines, for the embedded store. */
  copy: CopyRows | null;
  /** Why the rows could not be built (an unexpected error): the file then fails alone. */
  failure: string | null;
}

/** Validate's record of a file, with what the store keeps of it. */
export type IngestedFile = ValidatedFile & { ingest: IngestRows };

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The signature as stored: checked with --trusted-keys, else whether a .sig file is there at all. */
function signatureOf(result: ValidatedFile): { status: string; fingerprint: string | null } {
  if (result.signature) return { status: result.signature.status, fingerprint: result.signature.fingerprint };
  return { status: existsSync(`${result.file}.sig`) ? 'unchecked' : 'missing', fingerprint: null };
}

/**
 * The report validate has just accepted, from the document it parsed: as it is when validation's
 * schema check accepted it (`wellFormed`: not walked again, a third of the rows' cost), else
 * through zod, loaded only then.
 */
async function acceptedReport(data: unknown, wellFormed: boolean): Promise<Report | null> {
  if (wellFormed) return data as Report;
  const parsed = (await import('../../domain/schemas/report.js')).Report.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** A checklist's provisions as JSON, made once per checklist (every report of it cites the same). */
const provisionsByChecklist = new Map<string, string>();
function provisionsOf(record: SubmissionRecord): string {
  let json = provisionsByChecklist.get(record.checklist.hash);
  if (json === undefined) {
    json = JSON.stringify(checklistProvisions(record));
    provisionsByChecklist.set(record.checklist.hash, json);
  }
  return json;
}

async function storedRows(
  result: ValidatedFile,
  data: unknown,
  wellFormed: boolean,
  digest: string,
  form: IngestForm,
  env: ValidationEnvironment,
): Promise<Pick<IngestRows, 'report' | 'params' | 'copy'>> {
  const report = result.kind === 'report' && result.errors === 0 ? await acceptedReport(data, wellFormed) : null;
  const match = report ? matchChecklist(report.checklist, await env.checklists()) : null;
  if (!report || !match?.ok) return { report: null, params: null, copy: null };
  const record = submissionRecord(report, match.match.checklist);
  const signature = signatureOf(result);
  const values = submissionValues(record, {
    file: result.file,
    sha256: digest,
    signature: signature.status,
    fingerprint: signature.fingerprint,
    warnings: result.warnings,
  });
  const children = childRows(record);
  const sheet = sheetOf(record);
  const provisions = provisionsOf(record);
  return {
    report: {
      digest: record.digest,
      key: [record.party.code, record.checklist.id, record.period],
      checklistHash: record.checklist.hash,
      provisions,
      signature: signature.status,
    },
    params: form === 'postgres' ? insertParams(values, children, sheet, provisions) : null,
    copy: form === 'embedded' ? copyRows(values, children, sheet) : null,
  };
}

/** Reads one file once, validates it as `validate` does, and builds what the store keeps of it. Never throws. */
async function ingestFile(file: string, form: IngestForm, env: ValidationEnvironment): Promise<IngestedFile> {
  const read = readTextAndBytesSync(file);
  let data: unknown;
  let wellFormed = false;
  const result = await validateText(file, read.text, env, {}, (parsed, wellFormedReport) => {
    data = parsed;
    wellFormed = wellFormedReport;
  });
  const digest = sha256(read.bytes ?? new Uint8Array());
  try {
    return { ...result, ingest: { sha256: digest, ...(await storedRows(result, data, wellFormed, digest, form, env)), failure: null } };
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    return { ...result, ingest: { sha256: digest, report: null, params: null, copy: null, failure } };
  }
}

/** What a validation worker does for `db ingest`: each file of a batch, in order. */
export async function ingestBatch(files: readonly string[], form: IngestForm, env: ValidationEnvironment): Promise<IngestedFile[]> {
  const out: IngestedFile[] = [];
  for (const file of files) out.push(await ingestFile(file, form, env));
  return out;
}

/** The rows a worker built for this record; none when its worker died on the file (validate's record then says why). */
export function ingestRowsOf(result: ValidatedFile): IngestRows | null {
  return 'ingest' in result && isIngestRows(result.ingest) ? result.ingest : null;
}

function isIngestRows(value: unknown): value is IngestRows {
  return typeof value === 'object' && value !== null && 'sha256' in value && typeof value.sha256 === 'string';
}
