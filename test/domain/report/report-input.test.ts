import { describe, expect, it } from 'vitest';
import { buildReport, buildReportBody, reportInputFindings } from '../../../src/domain/report/build-report.js';
import { newReportInput, submittedReportInput } from '../../../src/domain/report/report-input.js';
import { answersDocument, checklistOf, q } from '../../support/arbitraries.js';

const HASH = 'ab'.repeat(32);
const checklist = checklistOf({ s1: [q('a', 'yes-no'), q('b', 'yes-no', { when: { question: 'a', equals: 'no' } })] });
const source = (answers: Record<string, { value: string }>) => ({
  checklist,
  checklistHash: HASH,
  answers: answersDocument(checklist, answers),
  language: 'en',
});
const TOOL = { name: 'selfassess', version: '1.2.3' };

describe('report-input assembly', () => {
  it('makes a new report at the moment given, by the tool given', () => {
    const input = newReportInput(source({ a: { value: 'yes' } }), TOOL, new Date(Date.UTC(2026, 1, 1, 8, 30)));
    expect(input.created).toBe('2026-02-01T08:30:00.000Z');
    expect(input.tool).toEqual(TOOL);
    expect(input.tool).not.toBe(TOOL);
    expect(input.language).toBe('en');
    expect(input.completed).toBeUndefined();
    expect(reportInputFindings(input)).toEqual([]);
  });

  it('rebuilds a submitted report, complete or not, into the same body', () => {
    const now = new Date(Date.UTC(2026, 1, 1));
    for (const answers of [{ a: { value: 'yes' } }, { a: { value: 'no' } }]) {
      const report = buildReport(newReportInput(source(answers), TOOL, now));
      const input = submittedReportInput(report, checklist, HASH, 2);
      expect(input.compareOnly).toBe(true);
      expect(input.completed).toBe(report.dates.completed);
      expect('completed' in input).toBe(report.dates.completed !== undefined);
      expect(reportInputFindings(input)).toEqual([]);
      const { integrity: _integrity, ...body } = report;
      expect(buildReportBody(input)).toEqual(body);
    }
  });
});
