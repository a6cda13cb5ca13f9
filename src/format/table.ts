import Table from 'cli-table3';
import { terminalSafe } from './terminal-safe.js';
import { wrapAtSpaces } from './wrap-at-spaces.js';

/** A column is never narrowed below this (with its padding), nor below its heading: a word per line is unreadable. */
const MIN_COLUMN = 12;

/** The characters of a cell's longest line (code points: NOT_ONE_COLUMN keeps the tables whose letters are not one column wide out). */
export function cellWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map((line) => [...line].length));
}

/**
 * Characters that do not take one column each: East Asian wide letters, emoji
 * (two columns), combining marks and zero-width characters (none). A table
 * holding one is left for cli-table3 to size (it measures columns), unfitted.
 */
export const NOT_ONE_COLUMN =
  /\p{M}|\p{Cf}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** The characters of a cell's longest word: narrower, cli-table3 would cut it (an id, a question's code) with "…". */
export function wordWidth(text: string): number {
  return Math.max(0, ...text.split(/[ \n]+/).map((word) => [...word].length));
}

/**
 * cli-table3 column widths (padding included) that keep the table within
 * `width` columns: the widest columns are narrowed to a common cap, the
 * others keep their natural width, and cli-table3 wraps the words of the
 * narrowed ones, never below their longest word (an id is never cut);
 * undefined when the table fits as it is, or holds a character that is not
 * one column wide (NOT_ONE_COLUMN). A table whose narrowest layout is
 * still wider (long ids, many columns) is drawn at that width.
 */
export function fittedWidths(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>, width: number): number[] | undefined {
  if ([...head, ...rows.flat()].some((text) => NOT_ONE_COLUMN.test(text))) return undefined;
  const natural = head.map((h, i) => Math.max(cellWidth(h), ...rows.map((row) => cellWidth(row[i] ?? ''))) + 2);
  const narrowest = head.map((h, i) => Math.max(cellWidth(h) + 2, ...rows.map((row) => wordWidth(row[i] ?? '') + 2)));
  return cappedWidths(natural, narrowest, width);
}

/**
 * The widths of fittedWidths from each column's natural width and the
 * narrowest it can take (its heading's and its longest word's, padding
 * included): no column is narrowed below MIN_COLUMN either, nor widened.
 * Undefined when the natural widths fit `width` already.
 */
export function cappedWidths(natural: readonly number[], narrowest: readonly number[], width: number): number[] | undefined {
  const budget = width - (natural.length + 1);
  const total = (widths: readonly number[]): number => widths.reduce((sum, w) => sum + w, 0);
  if (total(natural) <= budget) return undefined;
  const floor = natural.map((n, i) => Math.min(n, Math.max(MIN_COLUMN, narrowest[i] ?? 0)));
  const capped = (cap: number): number[] => natural.map((n, i) => Math.min(n, Math.max(cap, floor[i] ?? 0)));
  // The largest cap that fits (the widths only shrink as the cap does).
  let low = 0;
  let high = natural.reduce((widest, n) => Math.max(widest, n), 0);
  while (low < high) {
    const cap = Math.ceil((low + high) / 2);
    if (total(capped(cap)) <= budget) low = cap;
    else high = cap - 1;
  }
  return capped(low);
}

/**
 * A plain text table (cli-table3); colour only when asked, so logs and pipes
 * stay clean. With `width` (the terminal's), its widest columns are wrapped
 * to fit it (fittedWidths); with `colWidths`, to those widths, never below
 * a cell's longest word.
 */
export function renderTable(
  head: string[],
  rows: Array<Array<string | number>>,
  options: { color: boolean; colWidths?: number[]; width?: number },
): string {
  const safeHead = head.map(terminalSafe);
  const safeRows = rows.map((row) => row.map((cell) => terminalSafe(String(cell))));
  const colWidths = options.colWidths ?? (options.width === undefined ? undefined : fittedWidths(safeHead, safeRows, options.width));
  // Fitted, the cells are wrapped here, at ordinary spaces only (wrapAtSpaces: cli-table3 breaks at the no-break
  // space before « : »); they then fit their columns, whose widths are never below a cell's longest word (the
  // caller's widths, when it gives them, are too).
  const fitted = colWidths !== undefined;
  const cells = (row: readonly string[]): string[] =>
    fitted ? row.map((text, i) => wrapAtSpaces(text, (colWidths[i] ?? 2) - 2)) : [...row];
  const table = new Table({
    head: cells(safeHead),
    style: options.color ? { head: ['bold'], border: ['grey'] } : { head: [], border: [] },
    wordWrap: !fitted,
    ...(colWidths ? { colWidths } : {}),
  });
  for (const row of safeRows) table.push(cells(row));
  return table.toString() + '\n';
}
