import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../../src/domain/canonical.js';
import { buildReport } from '../../../src/domain/report/build-report.js';
import { checkIntegrity, computeIntegrity } from '../../../src/domain/report/integrity.js';
import type { Report } from '../../../src/domain/schemas/report.js';
import { answersDocument, checklistOf, q } from '../../support/arbitraries.js';

const checklist = checklistOf({ s1: [q('a', 'yes-no'), q('b', 'tri-state')] });
const report: Report = buildReport({
  checklist,
  checklistHash: 'ab'.repeat(32),
  answers: answersDocument(checklist, { a: { value: 'yes', notes: 'Law 12/2020' }, b: { value: 'partly' } }),
  tool: { name: 'selfassess', version: '0.1.0' },
  created: '2026-02-01T08:00:00Z',
  language: 'en',
});

describe('integrity', () => {
  it('is the SHA-256 of the canonical JSON of the report without its integrity member', () => {
    const { integrity, ...body } = report;
    expect(integrity).toEqual({ algorithm: 'sha256', canonicalization: 'RFC8785', digest: canonicalHash(body) });
    expect(computeIntegrity(report)).toEqual(integrity);
    expect(checkIntegrity(report)).toEqual([]);
  });

  it('survives a JSON round trip and any order of members', () => {
    const reversed: unknown = JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    );
    expect(computeIntegrity(reversed as Report)).toEqual(report.integrity);
  });

  it('changes with a one-character change anywhere in the report', () => {
    const notes = structuredClone(report);
    const answer = notes.answers.a;
    if (answer) answer.notes = 'Law 12/2021';
    expect(computeIntegrity(notes).digest).not.toBe(report.integrity.digest);
    const period = { ...report, period: '2026' };
    expect(computeIntegrity(period).digest).not.toBe(report.integrity.digest);
    expect(checkIntegrity(period)).toEqual([
      expect.objectContaining({ code: 'report-integrity-mismatch', severity: 'error', pointer: '/integrity/digest' }),
    ]);
  });

  it('ignores the integrity member itself', () => {
    const tampered = { ...report, integrity: { ...report.integrity, digest: '0'.repeat(64) } };
    expect(computeIntegrity(tampered)).toEqual(report.integrity);
  });
});
