import { english } from '../../support/english.js';
import { describe, expect, it } from 'vitest';
import { compareReports, type ComparisonMatrix } from '../../../src/domain/compare/matrix.js';
import type { ComparedReport } from '../../../src/domain/compare/shared-questions.js';
import { bundledChecklist, laterChecklistVersion, SAMPLE_COUNTRIES, sampleReport } from '../../support/sample-reports.js';

async function compared(code: string, period: string, later = false): Promise<ComparedReport> {
  const version = later ? await laterChecklistVersion() : await bundledChecklist();
  return { report: await sampleReport(code, period, { checklist: version }), checklist: version.checklist };
}

function matrixOf(inputs: ComparedReport[]): ComparisonMatrix {
  const result = compareReports(inputs);
  if (!result.ok) throw new Error(english(result.findings[0]?.message));
  return result.matrix;
}

describe('compareReports: countries', () => {
  it('sets five countries side by side, sorted by name, with the scores their reports state', async () => {
    const inputs = await Promise.all(SAMPLE_COUNTRIES.map((c) => compared(c.code, '2025')));
    const matrix = matrixOf(inputs.reverse());
    expect(matrix.kind).toBe('countries');
    expect(matrix.rows.map((r) => r.party.code)).toEqual(['FRA', 'KEN', 'PHL', 'SEN', 'GBR']);
    expect(matrix.shared).toBeNull();
    expect(matrix.diffs).toEqual([]);
    expect(matrix.sections).toHaveLength(12);
    expect(matrix.pillars).toEqual(['prevention', 'prosecution', 'protection', 'partnership']);
    for (const row of matrix.rows) {
      const input = inputs.find((i) => i.report.respondent.party.code === row.party.code);
      expect({ score: row.overall.score, band: row.overall.band }).toEqual({
        score: input?.report.scores.overall.score,
        band: input?.report.scores.overall.band,
      });
      expect(row.overall.cappedBy?.map((c) => c.question)).toEqual(input?.report.scores.overall.cap?.obligations);
      expect(row.sections.get('criminalization')?.score).toBe(input?.report.scores.sections.find((s) => s.id === 'criminalization')?.score);
    }
  });

  it('refuses reports of different checklists, and two reports of one country for one period', async () => {
    const fra = await compared('FRA', '2025');
    const other = { ...fra, report: { ...fra.report, checklist: { ...fra.report.checklist, id: 'tip-wg-2009' } } };
    const different = compareReports([fra, other]);
    expect(different.ok).toBe(false);
    if (!different.ok) expect(different.findings[0]?.code).toBe('compare-different-checklists');
    const twice = compareReports([fra, await compared('FRA', '2025')]);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(english(twice.findings[0]?.message)).toContain('two reports of France for the period 2025');
  });
});

describe('compareReports: periods of one country', () => {
  it('takes "2024/2025" and "2024-2025" for one period, and "2024" for another, as older reports wrote them', async () => {
    const slash = await compared('FRA', '2024/2025');
    const twice = compareReports([slash, await compared('FRA', '2024-2025')]);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.findings[0]?.code).toBe('compare-duplicate-report');
    const matrix = matrixOf([slash, await compared('FRA', '2024')]);
    expect(matrix.rows.map((r) => r.period)).toEqual(['2024', '2024-2025']);
  });

  it('orders the periods and says what changed from each to the next', async () => {
    const matrix = matrixOf([await compared('FRA', '2026'), await compared('FRA', '2024'), await compared('FRA', '2025')]);
    expect(matrix.kind).toBe('periods');
    expect(matrix.rows.map((r) => r.period)).toEqual(['2024', '2025', '2026']);
    expect(matrix.diffs.map((d) => [d.from.period, d.to.period])).toEqual([
      ['2024', '2025'],
      ['2025', '2026'],
    ]);
    const [first] = matrix.diffs;
    expect(first?.answers.length).toBeGreaterThan(0);
    expect(first?.overall.change).toBeCloseTo((matrix.rows[1]?.overall.score ?? 0) - (matrix.rows[0]?.overall.score ?? 0), 4);
  });

  it('compares different checklist versions on the questions they share, and says so', async () => {
    const later = await laterChecklistVersion();
    const matrix = matrixOf([await compared('FRA', '2024'), await compared('FRA', '2025', true)]);
    expect(matrix.checklist.versions).toEqual(['2.0.1', '2.1.0']);
    expect(matrix.shared?.questions).not.toContain(later.removed);
    expect(matrix.shared?.questions).not.toContain(later.added);
    expect(matrix.shared?.totals).toEqual([
      { version: '2.0.1', questions: 114 },
      { version: '2.1.0', questions: 114 },
    ]);
    expect(matrix.shared?.questions).toHaveLength(113);
    const changed = matrix.diffs[0]?.answers.map((a) => a.question) ?? [];
    expect(changed).not.toContain(later.removed);
    expect(changed).not.toContain(later.added);
  });
});
