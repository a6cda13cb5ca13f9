import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, reportInputFindings, type BuildReportInput } from '../../../src/domain/report/build-report.js';
import { checkIntegrity } from '../../../src/domain/report/integrity.js';
import { readReport } from '../../../src/domain/report/read-report.js';
import { Report } from '../../../src/domain/schemas/report.js';
import { answersDocument, checklistOf, q, scenarioArb } from '../../support/arbitraries.js';

const HASH = 'ab'.repeat(32);
const base = (overrides: Partial<BuildReportInput> = {}): BuildReportInput => {
  const checklist = checklistOf({
    s1: [q('a', 'yes-no', { assistance: true }), q('b', 'yes-no', { when: { question: 'a', equals: 'no' }, assistance: ['legal'] })],
  });
  return {
    checklist,
    checklistHash: HASH,
    answers: answersDocument(checklist, {
      a: { value: 'yes', assistance: ['training', 'legal'] },
      b: { value: 'no', assistance: ['legal'] },
    }),
    tool: { name: 'selfassess', version: '0.1.0' },
    created: '2026-02-01T08:00:00Z',
    language: 'fr',
    ...overrides,
  };
};

describe('buildReport', () => {
  it("names the party as the United Nations does, in the report's language, and writes the period canonical", () => {
    const input = base();
    const answers = {
      ...input.answers,
      respondent: { party: { type: 'state', code: 'SEN', name: 'Senegal' } } as const,
      period: '2024/2025',
    };
    const report = buildReport({ ...input, answers });
    expect(report.respondent.party).toEqual({ type: 'state', code: 'SEN', name: 'Sénégal' });
    expect(report.period).toBe('2024-2025');
    expect(checkIntegrity(report)).toEqual([]);
    expect(buildReport({ ...input, answers, language: 'en' }).respondent.party.name).toBe('Senegal');
  });

  it('builds a valid report with the inputs it was given', () => {
    const report = buildReport(base());
    expect(Report.safeParse(report).success).toBe(true);
    expect(report).toMatchObject({
      kind: 'report',
      formatVersion: 1,
      tool: { name: 'selfassess', version: '0.1.0' },
      checklist: { id: 'unit', version: '1.0.0', hash: HASH },
      scoring: { model: 'weighted' },
      language: 'fr',
      respondent: { party: { type: 'state', code: 'FRA', name: 'France' }, institution: 'Ministry' },
      period: '2025',
      completeness: { complete: true, missing: 0, missingQuestions: [] },
    });
    expect(checkIntegrity(report)).toEqual([]);
  });

  it('dates a complete report completed when it is created, unless told otherwise', () => {
    expect(buildReport(base()).dates).toEqual({ created: '2026-02-01T08:00:00Z', completed: '2026-02-01T08:00:00Z' });
    expect(buildReport(base({ completed: '2026-01-30T17:00:00+01:00' })).dates.completed).toBe('2026-01-30T17:00:00+01:00');
  });

  it('lists assistance needs by category in declaration order, leaving out hidden questions', () => {
    expect(buildReport(base()).assistance).toEqual([
      { category: 'legal', questions: ['a'] },
      { category: 'training', questions: ['a'] },
    ]);
  });

  it('refuses answers without party or period, or for another checklist', () => {
    const input = base();
    const orphan = { ...input, answers: { ...input.answers, respondent: {}, period: undefined } };
    expect(reportInputFindings(orphan).map((f) => [f.code, f.pointer])).toEqual([
      ['report-missing-party', '/respondent'],
      ['report-missing-period', ''],
    ]);
    expect(() => buildReport(orphan)).toThrow(/report-missing-party/);
    const other = { ...input, answers: { ...input.answers, checklist: { id: 'unit', version: '2.0.0' } } };
    expect(reportInputFindings(other).map((f) => f.code)).toEqual(['report-checklist-mismatch']);
    const changed = { ...input, answers: { ...input.answers, checklist: { id: 'unit', version: '1.0.0', hash: 'cd'.repeat(32) } } };
    expect(reportInputFindings(changed).map((f) => f.pointer)).toEqual(['/checklist/hash']);
    expect(reportInputFindings({ ...input, created: 'yesterday' }).map((f) => f.code)).toEqual(['report-invalid-input']);
    const invalid = (changed: Partial<BuildReportInput>): Array<[string, string, string]> =>
      reportInputFindings({ ...input, ...changed }).map((f) => [f.code, String(f.message), f.pointer]);
    const dates = 'created and completed must be ISO 8601 dates and times with a time zone';
    expect(invalid({ completed: '2026-02-30T00:00:00Z' })).toEqual([['report-invalid-input', dates, '']]);
    expect(invalid({ created: '2026-03-01T09:30:00' })).toEqual([['report-invalid-input', dates, '']]);
    expect(invalid({ language: 'en_GB' })).toEqual([['report-invalid-input', '"en_GB" is not a language tag', '']]);
    const tool = 'tool needs a name and a semantic version';
    expect(invalid({ tool: { name: 'selfassess', version: 'v1' } })).toEqual([['report-invalid-input', tool, '']]);
    expect(invalid({ tool: { name: '', version: '1.0.0' } })).toEqual([['report-invalid-input', tool, '']]);
    expect(invalid({ completed: '2026-03-01T09:30:00.5+01:00', language: 'pt-BR' })).toEqual([]);
  });

  it('always builds a report that passes the Report schema and its own integrity check', () => {
    fc.assert(
      fc.property(scenarioArb, ({ checklist, answers }) => {
        const report = buildReport({ ...base(), checklist, answers: answersDocument(checklist, answers) });
        const parsed = Report.safeParse(report);
        expect(parsed.success).toBe(true);
        const reread = readReport(JSON.parse(JSON.stringify(report)));
        expect(reread.ok).toBe(true);
        if (reread.ok) expect(checkIntegrity(reread.report)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
