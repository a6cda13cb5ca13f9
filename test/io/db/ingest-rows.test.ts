import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchChecklist } from '../../../src/domain/answers/match-checklist.js';
import { submissionRecord } from '../../../src/domain/db/submission.js';
import type { Report } from '../../../src/domain/schemas/report.js';
import { ingestBatch, ingestRowsOf } from '../../../src/io/db/ingest-rows.js';
import { SUBMISSION_TYPES } from '../../../src/io/db/write-batch.js';
import { childRows, sheetOf, SUBMISSION_COLUMNS, submissionValues } from '../../../src/io/db/write.js';
import { createValidationEnvironment } from '../../../src/io/validate-environment.js';
import { fileResult, validateText } from '../../../src/io/validate-file.js';
import { factsOf } from '../../../src/domain/validate/facts.js';
import { ROOT } from '../../support/run-cli.js';
import { decodeRows } from './binary-rows.js';

const REPORTS = path.join(ROOT, 'test/fixtures/validate/reports');
const env = createValidationEnvironment({ checklists: path.join(ROOT, 'test/fixtures/validate/checklists') });

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
    const values = submissionValues(record, facts);
    expect(SUBMISSION_TYPES).toHaveLength(SUBMISSION_COLUMNS.split(',').length);
    expect(decodeRows(rows?.copy?.submission ?? new Uint8Array(), SUBMISSION_TYPES)).toEqual([values]);
    expect(rows?.report).toMatchObject({
      digest: report.integrity.digest,
      key: [report.respondent.party.code, report.checklist.id, report.period],
    });
    // Every child row leaves a slot for its submission id (0 until the store gives it); the sheet is the last table.
    const children = rows?.copy?.children ?? [];
    const sections = childRows(record)[0]?.rows ?? [];
    expect(children[0]?.starts).toHaveLength(sections.length);
    const sectionRows = decodeRows(children[0]?.bytes ?? new Uint8Array(), [
      'int4',
      'int4',
      'text',
      'float8',
      'text',
      ...Array<'int4'>(6).fill('int4'),
    ]);
    expect(sectionRows.map((r) => r.slice(0, 3))).toEqual(sections.map((_s, i) => [0, i, record.sections[i]?.id]));
    expect(decodeRows(children.at(-1)?.bytes ?? new Uint8Array(), ['int4', 'text'])).toEqual([[0, sheetOf(record)]]);
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
