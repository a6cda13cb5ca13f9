import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fittedWidths, renderTable } from '../../src/format/table.js';

const word = fc.stringMatching(/^[a-zé]{1,8}$/);
const cell = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));

/** A table of up to four columns whose words are at most 8 letters: its narrowest layout fits 60 columns. */
const tableArb = fc.integer({ min: 1, max: 4 }).chain((columns) =>
  fc.record({
    head: fc.array(word, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 6 }),
    width: fc.integer({ min: 60, max: 160 }),
  }),
);

const lines = (text: string): string[] => text.trimEnd().split('\n');

describe('renderTable with a width (the terminal’s)', () => {
  // Laws: the table fits the width when its narrowest layout can; no word is ever cut, and none is lost.
  it('fits the width, cuts no word and loses none', () => {
    fc.assert(
      fc.property(tableArb, ({ head, rows, width }) => {
        const text = renderTable(head, rows, { color: false, width });
        for (const line of lines(text)) expect([...line].length).toBeLessThanOrEqual(width);
        expect(text).not.toContain('…');
        const written = text
          .replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ')
          .split(/\s+/)
          .filter(Boolean);
        const given = [...head, ...rows.flat()].flatMap((c) => c.split(' '));
        expect(written.sort()).toEqual(given.sort());
      }),
    );
  });

  it('leaves a table that fits as it is, and narrows the widest column first', () => {
    expect(fittedWidths(['id', 'title'], [['a', 'short']], 80)).toBeUndefined();
    const long = 'a title of many words that is far longer than the terminal is wide, in any language at all';
    const widths = fittedWidths(['id', 'version', 'title'], [['tip-protocol', '2.0.1', long]], 60);
    // id and version keep their natural widths (with padding); the title takes what is left of 60 (4 borders).
    expect(widths).toEqual([14, 9, 60 - 4 - 14 - 9]);
  });

  it('breaks no line at the no-break space French puts before « : »', () => {
    const title = 'Liste de contrôle pour l’auto-évaluation\u00a0: suivi des recommandations du Groupe de travail';
    for (let width = 40; width <= 100; width++) {
      const text = renderTable(['id', 'titre'], [['tip-wg-2009', title]], { color: false, width });
      for (const line of lines(text)) expect(line, `${width}: ${line}`).not.toMatch(/│\s*[:;?!»]/);
    }
  });

  it('leaves a table with letters two columns wide to cli-table3, which measures them: nothing is cut', () => {
    const title = '关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书执行情况自我评估清单';
    expect(fittedWidths(['id', 'title'], [['tip-protocol', title]], 40)).toBeUndefined();
    const text = renderTable(['id', 'title'], [['tip-protocol', title]], { color: false, width: 40 });
    expect(text).toContain(title);
    expect(text).not.toContain('…');
  });

  it('never narrows a column below its longest word: an id wider than the terminal is drawn whole', () => {
    const id = 'wg24-b-confiscation-of-proceeds-of-trafficking-in-persons';
    const text = renderTable(['provision', 'questions'], [['5.1', `${id}, art5-1-penalties`]], { color: false, width: 40 });
    expect(text).toContain(id);
    expect(text).not.toContain('…');
  });
});
