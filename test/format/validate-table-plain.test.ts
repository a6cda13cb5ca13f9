import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { drawTable } from '../../src/format/validate/table.js';

/** The same table drawn by cli-table3 alone, in one piece, without colors. */
function byCliTable3(head: string[], rows: string[][]): string {
  const width = (text: string): number => [...text].length;
  const colWidths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))) + 2);
  const table = new Table({ head, colWidths, style: { head: [], border: [], compact: true } });
  table.push(...rows);
  return `${table.toString()}\n`;
}

const HEAD = ['fichier', 'type', 'pays', 'période', 'liste', 'score', 'niveau', 'complétude', 'statut', 'erreurs', 'avertissements'];

function rows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    `rapports/État-${i}.report.json`,
    i % 3 === 0 ? 'rapport' : 'réponses',
    i % 4 === 0 ? '—' : 'FRA',
    '2024-2025',
    'tip-protocol 2.0.0',
    i % 5 === 0 ? '—' : (i / count).toFixed(4),
    // A no-break space and a narrow one, as French writes before a colon and between thousands.
    i % 2 === 0 ? 'en développement (plafonné\u00a0: art.\u202f5)' : '',
    i % 7 === 0 ? `incomplet\u00a0: ${i} sans réponse` : 'complet',
    i % 10 === 0 ? 'non valide' : 'valide',
    String(i % 3),
    String(i % 11),
  ]);
}

describe('the validate table without colors', () => {
  it.each([0, 1, 7, 450])('is drawn as cli-table3 draws it (%i rows)', (count) => {
    const body = rows(count);
    expect(drawTable(HEAD, body, false)).toBe(byCliTable3(HEAD, body));
  });

  it('leaves cli-table3 a cell it measures otherwise (wide characters, combining accents, ©), and stays the same table', () => {
    for (const odd of ['報告.json', 'Ete\u0301', '© ONU']) {
      const body = rows(3);
      body[1]?.splice(0, 1, odd);
      expect(drawTable(HEAD, body, false)).toBe(byCliTable3(HEAD, body));
    }
  });

  it('draws 200,000 rows (a spread of that many widths overflowed the stack)', () => {
    const body = Array.from({ length: 200_000 }, (_, i) => [`r${i}.report.json`, i % 2 === 0 ? 'valide' : 'non valide']);
    const lines = drawTable(['file', 'status'], body, false).split('\n');
    expect(lines.length).toBe(200_000 + 5);
    expect(lines[3]).toBe('│ r0.report.json      │ valide     │');
  });

  it('counts a character outside the Basic Multilingual Plane as one column, as cli-table3 does', () => {
    const body = rows(2);
    body[0]?.splice(0, 1, 'rapport-𝒳.json');
    expect(drawTable(HEAD, body, false)).toBe(byCliTable3(HEAD, body));
  });
});
