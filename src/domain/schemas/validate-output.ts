import { z } from 'zod';
import type { Diagnostic } from '../diagnostic.js';
import type { LocalizedText } from './common.js';
import { SIGNATURE_STATUSES } from '../signature/status.js';

/** What `validate` recognised a file as; a draft is an answers document with a `draft` member. */
const VALIDATED_KINDS = ['report', 'answers', 'draft', 'checklist', 'catalogue', 'measures'] as const;
export type ValidatedKind = (typeof VALIDATED_KINDS)[number];

const FILE_STATUSES = ['valid', 'warnings', 'invalid'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

const Count = z.number().int().min(0);
const Position = z.strictObject({ line: z.number().int().min(1), column: z.number().int().min(1) });

export const DiagnosticOutput = z
  .strictObject({
    code: z.string().meta({ description: 'Stable code, e.g. "report-score-mismatch".' }),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string().meta({ description: 'What is wrong and what to do.' }),
    file: z.string(),
    pointer: z.string().meta({ description: 'JSON pointer (RFC 6901) to the value; "" for the whole document.' }),
    start: Position.optional().meta({ description: '1-based line and column; absent when the file has no positions.' }),
    end: Position.optional(),
  })
  .meta({ description: 'One problem found in a file.' });
export type DiagnosticOutput = z.infer<typeof DiagnosticOutput>;

export const SignatureOutput = z
  .strictObject({
    status: z.enum(SIGNATURE_STATUSES).meta({ description: 'valid, missing, unknown-key, altered, invalid or malformed.' }),
    fingerprint: z.string().nullable().meta({ description: 'Fingerprint of the key the signature names; null without a readable signature.' }),
    signedAt: z.string().nullable().meta({ description: 'When the signer says they signed; null without a readable signature.' }),
  })
  .meta({ description: 'The detached signature (<file>.sig) checked against the keys of --trusted-keys.' });
export type SignatureOutput = z.infer<typeof SignatureOutput>;

export const ValidatedFile = z
  .strictObject({
    file: z.string().meta({ description: 'The file, as matched by the patterns given.' }),
    kind: z.enum(VALIDATED_KINDS).nullable().meta({ description: 'What the file was recognised as; null when it is not a selfassess document.' }),
    status: z.enum(FILE_STATUSES).meta({ description: 'invalid: at least one error; warnings: warnings only; valid: no problem.' }),
    country: z.string().nullable().meta({ description: 'Code of the responding party (e.g. "FRA", "EU"), when the document names one.' }),
    period: z.string().nullable().meta({ description: 'The reporting period, when the document names one.' }),
    checklist: z
      .strictObject({ id: z.string(), version: z.string(), hash: z.string().nullable() })
      .nullable()
      .meta({ description: 'The checklist a report or answers file names, or a checklist\'s own id and version.' }),
    score: z.number().nullable().meta({ description: 'The overall score the report states (4 decimals); null otherwise.' }),
    complete: z.boolean().nullable().meta({ description: 'The completeness the report states; null for other kinds.' }),
    missing: z.number().int().min(0).nullable().meta({
      description: 'How many questions that must be answered the report states are not (completeness.missing); null for other kinds.',
    }),
    band: z.string().nullable().meta({ description: 'The overall band the report states (after any core-obligation cap); null for other kinds.' }),
    cappedBy: z
      .array(
        z.strictObject({
          question: z.string(),
          status: z.string(),
          sources: z.array(z.strictObject({ catalogue: z.string(), provision: z.string() })),
        }),
      )
      .nullable()
      .meta({ description: 'When the report states that core obligations capped its band: each, with its status and provisions; null otherwise.' }),
    errors: Count,
    warnings: Count,
    signature: SignatureOutput.nullable()
      .optional()
      .meta({ description: 'Only with --trusted-keys: the report\'s signature; null for other kinds.' }),
    diagnostics: z.array(DiagnosticOutput).meta({ description: 'In order of position, then code.' }),
  })
  .meta({ description: 'The verdict on one file.' });
/** One file's verdict as written out, each message a sentence in the language asked. */
export type ValidatedFileOutput = z.infer<typeof ValidatedFile>;
/**
 * One file's verdict before its messages are written: workers send it to the main thread as is.
 * `bandLabel`, the stated band's label as the report's bands give it, is for the table, in the
 * reader's language; the JSON output keeps the band's id alone.
 */
export type ValidatedFile = Omit<ValidatedFileOutput, 'diagnostics'> & { diagnostics: Diagnostic[]; bandLabel?: LocalizedText | null };

export const ValidateSummary = z
  .strictObject({
    files: Count.meta({ description: 'Files validated.' }),
    valid: Count,
    withWarnings: Count.meta({ description: 'Files with warnings and no error.' }),
    invalid: Count.meta({ description: 'Files with at least one error.' }),
    errors: Count.meta({ description: 'Errors in all files.' }),
    warnings: Count.meta({ description: 'Warnings in all files.' }),
    kinds: z
      .strictObject({ report: Count, answers: Count, draft: Count, checklist: Count, catalogue: Count, measures: Count, unknown: Count })
      .meta({ description: 'Files by kind; unknown: not recognised as a selfassess document.' }),
  })
  .meta({ description: 'Counts over the whole batch.' });
export type ValidateSummary = z.infer<typeof ValidateSummary>;

export const ValidateOutput = z
  .strictObject({
    tool: z.strictObject({ name: z.string(), version: z.string(), informationUri: z.string().optional() }),
    files: z.array(ValidatedFile).meta({ description: 'One entry per file, in the sorted order of the file names.' }),
    summary: ValidateSummary,
  })
  .meta({
    title: 'selfassess validate output',
    description: 'The output of "selfassess validate --format json". With --format ndjson, each line is one entry of "files", and the last line is { "summary": … }.',
  });
export type ValidateOutput = z.infer<typeof ValidateOutput>;
