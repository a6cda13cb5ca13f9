/**
 * A table drawn like cli-table3's, without word wrapping: linear in the
 * number of cells, so that `db status` over thousands of submissions prints
 * at once (cli-table3 wraps every cell, which takes seconds at that size).
 * A cell's line breaks become spaces.
 */
export function plainTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, bold = false): string {
  const clean = (text: string): string => text.replace(/\s*\n\s*/g, ' ');
  const body = rows.map((r) => r.map(clean));
  const widths = head.map((h, i) => Math.max([...h].length, ...body.map((r) => [...(r[i] ?? '')].length)));
  const line = (left: string, mid: string, right: string): string => left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const row = (cells: readonly string[], style = (s: string): string => s): string =>
    '│' +
    widths.map((w, i) => ` ${style((cells[i] ?? '').padEnd(w + (cells[i] ?? '').length - [...(cells[i] ?? '')].length))} `).join('│') +
    '│';
  const strong = (s: string): string => (bold ? `\u001b[1m${s}\u001b[22m` : s);
  const out = [line('┌', '┬', '┐'), row(head.map(clean), strong), line('├', '┼', '┤'), ...body.map((r) => row(r)), line('└', '┴', '┘')];
  return out.join('\n') + '\n';
}
