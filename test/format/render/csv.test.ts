import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../src/format/render/csv-cell.js';
import { renderCsv } from '../../../src/format/render/csv.js';
import { sampleView } from './fixture.js';

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it('defuses formulas, quotes what needs it, and writes numbers for the language', () => {
    expect(csvCell('=1+1', 'en')).toBe("'=1+1");
    expect(csvCell('+33 1 23', 'en')).toBe("'+33 1 23");
    expect(csvCell('-x', 'en')).toBe("'-x");
    expect(csvCell('@SUM(A1)', 'en')).toBe("'@SUM(A1)");
    expect(csvCell('a, "b"', 'en')).toBe('"a, ""b"""');
    expect(csvCell('a; b', 'fr')).toBe('"a; b"');
    expect(csvCell(-0.05, 'fr')).toBe('-0,05');
    expect(csvCell(0.4571, 'en')).toBe('0.4571');
    expect(csvCell(null, 'en')).toBe('');
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(csvText([['é', 1]], 'fr')).toBe('\uFEFFé;1\r\n');
  });
});

describe('renderCsv', () => {
  it('has one row per question, in checklist order, with the evidence and notes as written', async () => {
    const view = await sampleView('GBR', '2025');
    const text = renderCsv(view);
    expect(text.startsWith('\uFEFFNo.,Section,Question id,Question,State,Answer')).toBe(true);
    const rows = parseCsv(text.slice(1), ',');
    expect(rows).toHaveLength(115);
    const offence = rows.find((r) => r[2] === 'art5-1-criminalization-offence');
    expect(offence?.[10]).toBe('<script>window.__pwned = true; document.title = "pwned"</script> & "quotes" | *stars* =1+1');
    expect(offence?.[9]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(rows.map((r) => r[2]).slice(1, 4)).toEqual([
      'adherence-protocol-status',
      'adherence-protocol-deposit-date',
      'adherence-convention-status',
    ]);
  });

  it('uses ";" and decimal commas in French', async () => {
    const rows = parseCsv(renderCsv(await sampleView('SEN', '2025')).slice(1), ';');
    expect(rows[0]?.slice(0, 3)).toEqual(['N°', 'Section', 'Identifiant de la question']);
    expect(rows.some((r) => r[7] === '0,5')).toBe(true);
  });
});
