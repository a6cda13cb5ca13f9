import { describe, expect, it } from 'vitest';
import type { ValidatedFile } from '../../../src/domain/schemas/validate-output.js';
import { addToSummary, emptySummary } from '../../../src/domain/validate/summary.js';
import { formatValidateTable } from '../../../src/format/validate/table.js';
import { validatedFile } from './validated-file.js';

const tool = { name: 'selfassess', version: '0.1.0' };

/** A band capped by `count` core obligations: its cell says why, at length. */
function capped(name: string, count: number): ValidatedFile {
  return validatedFile(name, {
    bandLabel: { en: 'Developing', fr: 'En développement' },
    cappedBy: Array.from({ length: count }, (_, i) => ({
      question: `q-${i}`,
      status: i % 2 === 0 ? ('not-met' as const) : ('unknown' as const),
      sources: [{ catalogue: 'un-tip-protocol', provision: `${3 + i}.1` }],
    })),
  });
}

const FILES = [
  validatedFile('reports/fra-2026.report.json'),
  capped('reports/sen-2026.report.json', 5),
  validatedFile('reports/ken-2026.report.json', { complete: false, missing: 3 }),
  capped('reports/phl-2026.report.json', 2),
];

function table(files: readonly ValidatedFile[], language: string, width?: number): string {
  const summary = emptySummary();
  for (const f of files) addToSummary(summary, f);
  return formatValidateTable(files, summary, tool, { color: false, signatures: false, language, width });
}

const tableLines = (text: string): string[] => text.split('\n').filter((line) => /^[┌│├└]/.test(line));

/** The rows of a table, each as its cells, a wrapped cell's lines joined again by a space. */
function rowsOf(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of tableLines(text).slice(3, -1)) {
    const cells = line
      .split('│')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const last = rows[rows.length - 1];
    // A line whose file cell is empty continues the row above.
    if (cells[0] === '' && last) cells.forEach((cell, i) => (last[i] = cell === '' ? (last[i] ?? '') : `${last[i] ?? ''} ${cell}`));
    else rows.push(cells);
  }
  return rows;
}

describe('the validate table, fitted to a terminal', () => {
  it.each(['en', 'fr'])('wraps a capped band within the width, loses no word, and keeps every other file on one line (%s)', (language) => {
    const wide = table(FILES, language);
    const natural = Math.max(...tableLines(wide).map((line) => [...line].length));
    for (const width of [natural - 20, natural - 60, natural - 100]) {
      const fitted = table(FILES, language, width);
      const lines = tableLines(fitted);
      expect(Math.max(...lines.map((line) => [...line].length)), `${width}`).toBeLessThanOrEqual(width);
      // The same rows, word for word, as the unfitted table's.
      expect(rowsOf(fitted)).toEqual(rowsOf(wide));
      // A file whose band is not capped keeps one line: the line after it starts the next file.
      const rows = lines.slice(3, -1);
      for (const name of ['fra-2026', 'ken-2026']) {
        const at = rows.findIndex((line) => line.includes(name));
        expect(rows[at + 1] ?? '', name).toMatch(/^│ reports\//);
      }
      // French never begins a line with the colon its no-break space holds to the word before.
      expect(lines.some((line) => /│ [:;?!»]/.test(line))).toBe(false);
    }
  });

  it('is drawn as without a width when it fits, and when it cannot fit by wrapping the band (paths, a narrow terminal)', () => {
    const wide = table(FILES, 'en');
    const natural = Math.max(...tableLines(wide).map((line) => [...line].length));
    expect(table(FILES, 'en', natural)).toBe(wide);
    expect(table(FILES, 'en', 80)).toBe(wide);
    expect(table([validatedFile('a.report.json')], 'en', 80)).toBe(table([validatedFile('a.report.json')], 'en'));
  });

  it.each(['en', 'fr'])('colours as it draws plain: the same cells, the same lines (%s)', (language) => {
    const summary = emptySummary();
    for (const f of FILES) addToSummary(summary, f);
    const width = Math.max(...tableLines(table(FILES, language)).map((line) => [...line].length)) - 60;
    const coloured = formatValidateTable(FILES, summary, tool, { color: true, signatures: false, language, width });
    expect(coloured).toContain('\u001b[');
    // eslint-disable-next-line no-control-regex
    const plain = coloured.replace(/\u001b\[[0-9;]*m/g, '');
    const fitted = table(FILES, language, width);
    expect(tableLines(fitted).length).toBeGreaterThan(FILES.length + 4);
    expect(tableLines(plain)).toEqual(tableLines(fitted));
  });
});
