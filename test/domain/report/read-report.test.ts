import { english } from '../../support/english.js';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/domain/report/build-report.js';
import { READABLE_FORMAT_VERSIONS } from '../../../src/domain/format-version.js';
import { readReport } from '../../../src/domain/report/read-report.js';
import { answersDocument, checklistOf, q } from '../../support/arbitraries.js';

const checklist = checklistOf({ s1: [q('a', 'yes-no')] });
const report = buildReport({
  checklist,
  checklistHash: 'ab'.repeat(32),
  answers: answersDocument(checklist, { a: { value: 'yes' } }),
  tool: { name: 'selfassess', version: '0.1.0' },
  created: '2026-02-01T08:00:00Z',
  language: 'en',
});
const data = (): Record<string, unknown> => JSON.parse(JSON.stringify(report));

describe('readReport', () => {
  it('returns a valid report', () => {
    const result = readReport(data());
    expect(result).toEqual({ ok: true, report });
  });

  it('recognises an unknown format version and says to upgrade', () => {
    const result = readReport({ ...data(), formatVersion: 2 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: 'unknown-format-version', severity: 'error', pointer: '/formatVersion' });
    expect(english(result.findings[0]?.message)).toMatch(/format version 2/);
    expect(english(result.findings[0]?.message)).toMatch(/reads report format version 1 only/);
    expect(english(result.findings[0]?.message)).toMatch(/upgrade selfassess/);
    expect(READABLE_FORMAT_VERSIONS).toEqual([1]);
  });

  it('turns schema errors into findings with pointers and our own messages', () => {
    const broken = data();
    broken.perod = broken.period;
    delete broken.period;
    Object.assign(broken, { scores: { ...(broken.scores as object), overall: { score: '0.5', band: null, counts: {} } } });
    const result = readReport(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPointer = Object.fromEntries(result.findings.map((f) => [f.pointer, f]));
    expect(byPointer['/period']?.code).toBe('schema-missing-field');
    expect(english(byPointer['/period']?.message)).toContain('missing required field "period"');
    expect(english(byPointer['/perod']?.message)).toMatch(
      /^unknown field "perod" — remove it or check its spelling \(did you mean "period"\?\); allowed here: kind, formatVersion/,
    );
    expect(english(byPointer['/scores/overall/score']?.message)).toMatch(/^expected a number, got a string/);
    expect(byPointer['/scores/overall/counts/total']?.code).toBe('schema-missing-field');
    for (const f of result.findings) expect(english(f.message)).not.toMatch(/Invalid input|Unrecognized/);
  });

  it('requires the party and the checklist hash, and stays strict where answers.ts is reused', () => {
    const broken = data();
    broken.respondent = { name: 'A', nme: 'B' };
    broken.checklist = { id: 'unit', version: '1.0.0' };
    const result = readReport(broken);
    expect(result.ok ? [] : result.findings.map((f) => [f.code, f.pointer])).toEqual([
      ['schema-missing-field', '/checklist/hash'],
      ['schema-missing-field', '/respondent/party'],
      ['schema-unknown-field', '/respondent/nme'],
    ]);
  });

  it('reports another kind of document as a wrong kind', () => {
    const result = readReport({ ...data(), kind: 'answers' });
    expect(result.ok ? [] : result.findings.map((f) => [f.pointer, english(f.message)])).toContainEqual([
      '/kind',
      'expected "report", got "answers"',
    ]);
  });

  it('reports data that is not an object', () => {
    const result = readReport(['report']);
    expect(result.ok ? [] : result.findings.map((f) => ({ ...f, message: english(f.message) }))).toEqual([
      { code: 'schema-wrong-type', severity: 'error', message: 'expected an object, got a list', pointer: '' },
    ]);
  });
});
