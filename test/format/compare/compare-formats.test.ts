import { english } from '../../support/english.js';
import { describe, expect, it } from 'vitest';
import { compareReports, type ComparisonMatrix } from '../../../src/domain/compare/matrix.js';
import type { ComparedReport } from '../../../src/domain/compare/shared-questions.js';
import type { Checklist } from '../../../src/domain/schemas/checklist.js';
import { compareView, formatComparison } from '../../../src/format/compare/index.js';
import { formatChange } from '../../../src/format/compare/table.js';
import { bundledChecklist, sampleReport } from '../../support/sample-reports.js';

async function viewOf(reports: Array<[string, string]>, language: string) {
  const { checklist } = await bundledChecklist();
  const inputs: ComparedReport[] = [];
  for (const [code, period] of reports) inputs.push({ report: await sampleReport(code, period), checklist });
  const result = compareReports(inputs);
  if (!result.ok) throw new Error(english(result.findings[0]?.message));
  const matrix: ComparisonMatrix = result.matrix;
  return compareView(matrix, new Map<string, Checklist>([[checklist.version, checklist]]), language);
}

describe('compareView', () => {
  it('titles columns with numbered sections, then pillars, in the language asked', async () => {
    const view = await viewOf(
      [
        ['FRA', '2025'],
        ['KEN', '2025'],
      ],
      'fr',
    );
    expect(view.columns[0]).toEqual({
      kind: 'section',
      id: 'adherence',
      title: '1. Adhésion au Protocole et à la Convention contre la criminalité organisée',
    });
    expect(view.columns.slice(-4).map((c) => c.title)).toEqual(['Prévention', 'Poursuites', 'Protection', 'Partenariat']);
    expect(view.rows.map((r) => r.code)).toEqual(['FRA', 'KEN']);
    expect(view.note).toBeNull();
  });

  it('labels changed answers with the checklist’s words', async () => {
    const view = await viewOf(
      [
        ['SEN', '2024'],
        ['SEN', '2025'],
      ],
      'en',
    );
    const [diff] = view.diffs;
    expect(diff?.title).toBe('Changes from 2024 to 2025');
    expect(diff?.answers.length).toBeGreaterThan(0);
    for (const answer of diff?.answers ?? []) {
      expect(answer.number).toMatch(/^\d+\.\d+$/);
      expect(answer.before).not.toBe(answer.after);
      expect(answer.before).not.toMatch(/^[a-z-]+$/);
    }
  });
});

describe('formats', () => {
  it('CSV: one row per report, then one per change, in the same columns', async () => {
    const view = await viewOf(
      [
        ['FRA', '2024'],
        ['FRA', '2025'],
      ],
      'en',
    );
    const lines = formatComparison(view, 'csv', { color: false, width: 80 }).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    // The data rows have no quoted commas: their cells line up.
    // Cells in quotes may hold commas (a capped band says why): count the cells, not the commas.
    const cells = (line: string): number => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.filter((c) => c !== '').length ?? 0;
    expect(new Set(lines.slice(1).map(cells)).size).toBe(1);
    expect(lines[3]).toMatch(/^FRA,France,Change 2024 → 2025,,,,-?0\.\d+,,/);
  });

  it('JSON: raw scores with ids, and the changes with codes and labels', async () => {
    const view = await viewOf(
      [
        ['FRA', '2024'],
        ['FRA', '2025'],
      ],
      'en',
    );
    const json = JSON.parse(formatComparison(view, 'json', { color: false, width: 80 }));
    expect(json.rows[0].sections.adherence).toEqual(expect.objectContaining({ score: expect.any(Number) }));
    expect(json.changes[0].from).toEqual({ period: '2024', version: '2.0.1' });
    expect(json.changes[0].answers[0].labels.after).toEqual(expect.any(String));
  });

  it('table: fits reports as columns, and never colours unless asked', async () => {
    const view = await viewOf(
      [
        ['FRA', '2025'],
        ['GBR', '2025'],
        ['KEN', '2025'],
      ],
      'en',
    );
    const plain = formatComparison(view, 'table', { color: false, width: 80 });
    expect(plain).not.toMatch(/\u001b\[/);
    const table = plain.split('\n').filter((line) => /^[┌│├└]/.test(line));
    expect(table.length).toBeGreaterThan(0);
    expect(table.every((line) => [...line].length <= 80)).toBe(true);
  });

  it('table: at any width, each report once, in order, every title whole in each table, no word cut', async () => {
    const codes = ['FRA', 'GBR', 'KEN', 'PHL', 'SEN'];
    for (const language of ['en', 'fr']) {
      const view = await viewOf(
        codes.map((code) => [code, '2025']),
        language,
      );
      for (const width of [40, 60, 80, 100, 120, 160, 200]) {
        const text = formatComparison(view, 'table', { color: false, width });
        const lines = text.split('\n').filter((line) => /^[┌│├└]/.test(line));
        const tables = text.split('\n').filter((line) => line.startsWith('┌')).length;
        const widest = Math.max(...lines.map((line) => [...line].length));
        // A table of one report may be wider than a very narrow terminal; several never are.
        if (tables < codes.length) expect(widest, `${language} ${width}`).toBeLessThanOrEqual(width);
        expect(text).not.toContain('…');
        const heads = lines.filter((line) => /^│\s+│ [A-Z]{3}/.test(line)).join(' ');
        expect(heads.match(/\b[A-Z]{3}\b/g), `${language} ${width}`).toEqual(view.rows.map((r) => r.code));
        // Each title whole in each table: the first column's lines, joined again, hold it once per table.
        const titles = lines
          .map((line) => line.split('│')[1]?.trim() ?? '')
          .join(' ')
          .replace(/\s+/g, ' ');
        // (At least: a pillar's name, "Prevention", is also in a section's title.)
        for (const column of view.columns) expect(titles.split(column.title).length - 1, column.title).toBeGreaterThanOrEqual(tables);
      }
    }
  });

  it('table: splits reports so that every table fits, whichever reports a run holds (mixed bands, French)', async () => {
    const base = await viewOf(
      ['FRA', 'GBR', 'KEN', 'PHL', 'SEN', 'FRA'].map((code, i) => [code, String(2020 + i)] as [string, string]),
      'fr',
    );
    const bands = ['Avancé', 'Consolidé', 'Avancé', 'En développement', 'En développement', 'En développement'];
    const view = { ...base, rows: base.rows.map((r, i) => ({ ...r, band: bands[i] ?? r.band })) };
    for (let width = 60; width <= 90; width++) {
      const text = formatComparison(view, 'table', { color: false, width });
      const lines = text.split('\n').filter((line) => /^[┌│├└]/.test(line));
      expect(Math.max(...lines.map((line) => [...line].length)), `${width}`).toBeLessThanOrEqual(width);
    }
  });

  it('table: letters two columns wide (Chinese) are never cut: one table, as wide as its cells', async () => {
    const base = await viewOf(
      [
        ['FRA', '2025'],
        ['KEN', '2025'],
      ],
      'en',
    );
    const view = {
      ...base,
      columns: base.columns.map((c, i) => (i === 0 ? { ...c, title: '1. 加入《议定书》和《有组织犯罪公约》的情况' } : c)),
      rows: base.rows.map((r) => ({ ...r, band: '发展中（上限：核心义务未履行）' })),
    };
    const text = formatComparison(view, 'table', { color: false, width: 60 });
    expect(text).toContain('1. 加入《议定书》和《有组织犯罪公约》的情况');
    expect(text).toContain('发展中（上限：核心义务未履行）');
    expect(text.split('\n').filter((line) => line.startsWith('┌'))).toHaveLength(1);
  });

  it('table: one country’s periods, their changes and answers, fitted without a word cut', async () => {
    const view = await viewOf(
      [
        ['SEN', '2023'],
        ['SEN', '2024'],
        ['SEN', '2025'],
      ],
      'en',
    );
    expect(view.diffs.length).toBeGreaterThan(0);
    for (const width of [60, 80, 120]) {
      const text = formatComparison(view, 'table', { color: false, width });
      // An ellipsis only after a space (a long answer cut at a word), never inside a word.
      expect(text, `${width}`).not.toMatch(/[^\s│]…/);
      const lines = text.split('\n').filter((line) => /^[┌│├└]/.test(line));
      expect(Math.max(...lines.map((line) => [...line].length)), `${width}`).toBeLessThanOrEqual(width);
    }
  });

  it('writes changes in signed percentage points', () => {
    expect(formatChange(0.0613, 'en', '—')).toBe('+6.1');
    expect(formatChange(-0.05, 'fr', '—')).toBe('−5,0');
    expect(formatChange(0, 'en', '—')).toBe('0.0');
    expect(formatChange(null, 'en', '—')).toBe('—');
  });
});
