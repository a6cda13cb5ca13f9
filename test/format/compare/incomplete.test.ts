import { english } from '../../support/english.js';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../src/domain/compare/matrix.js';
import type { Checklist } from '../../../src/domain/schemas/checklist.js';
import type { Report } from '../../../src/domain/schemas/report.js';
import { compareView, formatComparison } from '../../../src/format/compare/index.js';
import { bundledChecklist, leaveSectionUnanswered, sampleReport } from '../../support/sample-reports.js';

/** The cells of the table row whose label starts with `label`, its wrapped lines joined. */
function rowCells(table: string, label: string): string[] {
  const lines = table.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`│ ${label}`));
  if (start < 0) return [];
  const cells: string[][] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('│')) break;
    line
      .split('│')
      .slice(1, -1)
      .forEach((cell, i) => (cells[i] ??= []).push(cell.trim()));
  }
  return cells.map((parts) => parts.filter(Boolean).join(' '));
}

/** France complete in 2024; in 2025, nothing answered in "prevention". */
async function periods(language: string) {
  const { checklist } = await bundledChecklist();
  const complete = await sampleReport('FRA', '2024');
  const incomplete = await sampleReport('FRA', '2025', { tweak: leaveSectionUnanswered(checklist, 'prevention') });
  const result = compareReports([complete, incomplete].map((report: Report) => ({ report, checklist })));
  if (!result.ok) throw new Error(english(result.findings[0]?.message));
  const view = compareView(result.matrix, new Map<string, Checklist>([[checklist.version, checklist]]), language);
  return { view, complete, incomplete };
}

describe('compare, with an incomplete report', () => {
  it('gives each report its completeness in the table, and "not assessed" for a section nobody answered', async () => {
    const { view, complete, incomplete } = await periods('en');
    expect(complete.completeness.complete).toBe(true);
    const missing = incomplete.completeness.missing;
    expect(missing).toBeGreaterThan(1);
    expect(view.rows.map((r) => r.completeness)).toEqual(['complete', `incomplete: ${missing} unanswered`]);
    const table = formatComparison(view, 'table', { color: false, width: 80 });
    expect(rowCells(table, 'Completeness')).toEqual(['Completeness', 'complete', `incomplete: ${missing} unanswered`]);
    expect(rowCells(table, '8. Prevention').slice(1)).toEqual([expect.stringMatching(/^\d+\.\d%$/), 'not assessed']);
    // No change is measured to a section nobody answered.
    const diff = view.diffs[0]?.scores.find((s) => s.label.includes('Prevention'));
    expect(diff).toMatchObject({ after: null, change: null });
  });

  it('carries completeness in CSV, JSON and in French', async () => {
    const { view, incomplete } = await periods('fr');
    const missing = incomplete.completeness.missing;
    const csv = formatComparison(view, 'csv', { color: false, width: 80 }).split('\r\n');
    expect(csv[0]).toContain(';Complet;Questions sans réponse;Note globale;');
    expect(csv[2]).toMatch(new RegExp(`^FRA;France;2025;2\\.0\\.1;non;${missing};`));
    const json = JSON.parse(formatComparison(view, 'json', { color: false, width: 80 })) as {
      rows: Array<{ complete: boolean; missing: number; sections: Record<string, { score: number; assessed: boolean }> }>;
    };
    expect(json.rows.map((r) => [r.complete, r.missing])).toEqual([
      [true, 0],
      [false, missing],
    ]);
    expect(json.rows[1]?.sections['prevention']).toEqual({ score: 0, band: expect.any(String), assessed: false });
    expect(json.rows[0]?.sections['prevention']?.assessed).toBe(true);
    const table = formatComparison(view, 'table', { color: false, width: 80 });
    expect(rowCells(table, 'Complétude')).toEqual(['Complétude', 'complet', `incomplet\u00a0: ${missing} sans réponse`]);
    expect(rowCells(table, '8. Prévention').at(-1)).toBe('non évalué');
  });
});
