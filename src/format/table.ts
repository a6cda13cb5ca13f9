import Table from 'cli-table3';
import { terminalSafe } from './terminal-safe.js';

/** A plain text table (cli-table3); colour only when asked, so logs and pipes stay clean. */
export function renderTable(
  head: string[],
  rows: Array<Array<string | number>>,
  options: { color: boolean; colWidths?: number[] },
): string {
  const table = new Table({
    head: head.map(terminalSafe),
    style: options.color ? { head: ['bold'], border: ['grey'] } : { head: [], border: [] },
    wordWrap: true,
    ...(options.colWidths ? { colWidths: options.colWidths } : {}),
  });
  for (const row of rows) table.push(row.map((cell) => terminalSafe(String(cell))));
  return table.toString() + '\n';
}
