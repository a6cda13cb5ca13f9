import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchChecklist } from '../../../src/domain/answers/match-checklist.js';
import { submissionRecord } from '../../../src/domain/db/submission.js';
import type { Report } from '../../../src/domain/schemas/report.js';
import { copyLine } from '../../../src/io/db/copy-text.js';
import type { CopyPart } from '../../../src/io/db/engine.js';
import { ingestBatch, ingestRowsOf } from '../../../src/io/db/ingest-rows.js';
import { SUBMISSION_COLUMNS, submissionValues } from '../../../src/io/db/write.js';
import { createValidationEnvironment } from '../../../src/io/validate-environment.js';
import { fileResult, validateText } from '../../../src/io/validate-file.js';
import { factsOf } from '../../../src/domain/validate/facts.js';
import { ROOT } from '../../support/run-cli.js';

const REPORTS = path.join(ROOT, 'test/fixtures/validate/reports');
const env = createValidationEnvironment({ checklists: path.join(ROOT, 'test/fixtures/validate/checklists') });

/** A COPY line as text, whether it came as a string or as UTF-8 bytes. */
const text = (part: CopyPart | undefined): string =>
  part === undefined ? '' : typeof part === 'string' ? part : new TextDecoder().decode(part);

describe('the rows a validation worker builds for db ingest', () => {
  it('are those of the report it validated, from the bytes it read once', async () => {
    const file = path.join(REPORTS, 'valid.report.json');
    const bytes = await readFile(file);
    const [embedded] = await ingestBatch([file], 'embedded', env);
    const [postgres] = await ingestBatch([file], 'postgres', env);
    const rows = embedded ? ingestRowsOf(embedded) : null;
    expect(embedded?.errors).toBe(0);
    expect(rows?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(rows?.params).toBeNull();
    const report = JSON.parse(bytes.toString('utf8')) as Report;
    const match = matchChecklist(report.checklist, await env.checklists());
    if (!match.ok) throw new Error('the fixture names no bundled checklist');
    const record = submissionRecord(report, match.match.checklist);
    const facts = { file, sha256: rows?.sha256 ?? '', signature: 'missing', fingerprint: null, warnings: 0 };
    expect(text(rows?.copy?.submission)).toBe(copyLine(submissionValues(record, facts)));
    expect(rows?.report).toMatchObject({
      digest: report.integrity.digest,
      key: [report.respondent.party.code, report.checklist.id, report.period],
    });
    // One line per column of submissions, and every child line waits for its submission id.
    expect(text(rows?.copy?.submission).split('\t')).toHaveLength(SUBMISSION_COLUMNS.split(',').length);
    expect(rows?.copy?.children.flat().every((line) => text(line).startsWith('\t') && text(line).endsWith('\n'))).toBe(true);
    // The large lines arrive as UTF-8 bytes (the submission with its document, the answer sheet), the others as strings.
    expect(rows?.copy?.submission).toBeInstanceOf(Uint8Array);
    expect(rows?.copy?.children.at(-1)?.[0]).toBeInstanceOf(Uint8Array);
    const pgRows = postgres ? ingestRowsOf(postgres) : null;
    expect(pgRows?.copy).toBeNull();
    expect(pgRows?.params?.slice(0, 28)).toEqual(submissionValues(record, facts));
  });

  it("are built from validation's own schema verdict: told when the report's schema check accepted it, and only then", async () => {
    const verdicts: Array<[string, boolean]> = [];
    for (const name of ['valid.report.json', 'schema-unknown-field.report.json', 'schema-missing-field.report.json']) {
      const text = await readFile(path.join(REPORTS, name), 'utf8');
      await validateText(name, { ok: true, text }, env, {}, (_data, wellFormed) => verdicts.push([name, wellFormed]));
    }
    expect(verdicts).toEqual([
      ['valid.report.json', true],
      ['schema-unknown-field.report.json', false],
      ['schema-missing-field.report.json', false],
    ]);
  });

  it('hold no report for a file validate refused, but still its SHA-256', async () => {
    const file = path.join(REPORTS, 'band-altered.report.json');
    const [result] = await ingestBatch([file], 'embedded', env);
    const rows = result ? ingestRowsOf(result) : null;
    expect(result?.errors).toBeGreaterThan(0);
    expect(rows).toMatchObject({ report: null, copy: null, params: null, failure: null });
    expect(rows?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are none on a record no worker built them for (one whose worker died)', () => {
    expect(ingestRowsOf(fileResult('x.report.json', factsOf({}), []))).toBeNull();
  });
});

describe('COPY text', () => {
  it('doubles backslashes and escapes tabs and line breaks, so that JSON with escapes arrives as it was', () => {
    expect(copyLine(['{"a":"x\\"y\\\\z"}', 'tab\there\nline\r', null, true, 1.5])).toBe(
      '{"a":"x\\\\"y\\\\\\\\z"}\ttab\\there\\nline\\r\t\\N\tt\t1.5\n',
    );
  });
});
