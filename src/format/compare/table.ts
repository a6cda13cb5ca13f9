import { formatDecimal } from '../../i18n/numbers.js';
import { localeOf } from '../../i18n/locale.js';
import { cappedWidths, cellWidth, NOT_ONE_COLUMN, renderTable, wordWidth } from '../table.js';
import type { CompareView } from './view.js';
import { terminalSafe } from '../terminal-safe.js';
import { wrapAtSpaces } from '../wrap-at-spaces.js';

/**
 * A long answer (a text) cut to about `width` characters at a space, with an
 * ellipsis: a table of changes shows what changed, not whole paragraphs; a
 * word is never cut (one longer than `width` is kept whole).
 */
function clipAtWord(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  const head = chars.slice(0, width).join('');
  const space = head.lastIndexOf(' ');
  if (space > 0) return `${head.slice(0, space)} …`;
  const end = text.indexOf(' ', head.length);
  return end === -1 ? text : `${text.slice(0, end)} …`;
}

/** "+5.2" / "−3,0": a change in percentage points, signed. */
export function formatChange(change: number | null, language: string, missing: string): string {
  if (change === null) return missing;
  const points = formatDecimal(Math.abs(change) * 100, language, 1);
  return change > 0 ? `+${points}` : change < 0 ? `−${points}` : points;
}

/** A section's title is not wrapped narrower than this (padding included), beside the reports' columns. */
const LABEL_MIN = 26;

/** The columns a table takes drawn at `widths` (padding included), its borders counted. */
const drawnWidth = (widths: readonly number[]): number => widths.reduce((sum, w) => sum + w + 1, 1);

/**
 * What a layout costs the reader: the square of each row's lines, summed —
 * fewest lines, but a row of sixteen (a capped band's reason a word per line)
 * costs more than sixteen rows of two.
 */
function cost(rows: readonly string[][], widths: readonly number[]): number {
  let total = 0;
  for (const row of rows) {
    const lines = row.reduce((most, text, i) => Math.max(most, wrapAtSpaces(text, (widths[i] ?? 2) - 2).split('\n').length), 1);
    total += lines * lines;
  }
  return total;
}

/**
 * Widths (padding included) of a table within `width`, its column `titles`
 * (a section's title, a question) never narrower than LABEL_MIN, no word
 * ever cut: of three layouts that fit — the other columns as wide as their
 * cells, or as narrow as their longest word, the titles taking the rest; or
 * the widest columns narrowed to a common cap (cappedWidths, as renderTable
 * fits any table) — the one that costs the reader least (cost: short cells
 * leave the titles the room; a capped band's long reason shares it).
 * Undefined when none fits.
 */
function widthsFor(head: readonly string[], body: readonly string[][], width: number, titles = 0): number[] | undefined {
  const columns = head.map((h, i) => [h, ...body.map((row) => row[i] ?? '')]);
  const natural = columns.map((cells) => cells.reduce((most, text) => Math.max(most, cellWidth(text)), 0) + 2);
  // Never below a word, nor below 12 columns (renderTable's least), nor wider than the cells.
  const narrowest = columns.map((cells, i) =>
    Math.min(
      natural[i] ?? 0,
      cells.reduce((most, text) => Math.max(most, wordWidth(text) + 2), 12),
    ),
  );
  narrowest[titles] = Math.max(narrowest[titles] ?? 0, Math.min(natural[titles] ?? 0, LABEL_MIN));
  const titlesBeside = (others: readonly number[]): number[] => {
    const widths = others.map((w, i) => (i === titles ? 0 : w));
    widths[titles] = Math.min(natural[titles] ?? 0, width - drawnWidth(widths));
    return widths;
  };
  const candidates = [titlesBeside(natural), titlesBeside(narrowest), cappedWidths(natural, narrowest, width) ?? natural].filter(
    (widths) => (widths[titles] ?? 0) >= (narrowest[titles] ?? 0) && drawnWidth(widths) <= width,
  );
  let best: number[] | undefined;
  let least = Infinity;
  for (const widths of candidates) {
    const paid = cost(body, widths);
    if (paid < least) [best, least] = [widths, paid];
  }
  return best;
}

/** The titles' column and the reports' columns of `run` (their indexes in `head`), as a table of their own. */
function tableOf(head: readonly string[], body: readonly string[][], run: readonly number[]): { head: string[]; body: string[][] } {
  return {
    head: [head[0] ?? '', ...run.map((i) => head[i] ?? '')],
    body: body.map((row) => [row[0] ?? '', ...run.map((i) => row[i] ?? '')]),
  };
}

/**
 * The reports' columns (their indexes in `head`) in runs, each run a table
 * that fits `width` (widthsFor): the fewest runs, as even as can be, every
 * one of which fits — a run's columns are as wide as its own reports' cells.
 * One report per table when nothing else fits, drawn however narrow the terminal.
 */
function runsOf(head: readonly string[], body: readonly string[][], width: number): number[][] {
  const reports = head.slice(1).map((_, i) => i + 1);
  for (let size = reports.length; size > 1; size--) {
    const runs = evenRuns(reports, size);
    const fits = (run: readonly number[]): boolean => {
      const table = tableOf(head, body, run);
      return widthsFor(table.head, table.body, width) !== undefined;
    };
    if (runs.every(fits)) return runs;
  }
  return reports.map((i) => [i]);
}

/** Items split into runs of at most `size`, as even as can be: 7 by 3 → 3, 2, 2 is 3, 3, 1 made fair. */
function evenRuns<T>(items: readonly T[], size: number): T[][] {
  const runs = Math.ceil(items.length / size);
  const out: T[][] = [];
  for (let i = 0, start = 0; i < runs; i++) {
    const length = Math.ceil((items.length - start) / (runs - i));
    out.push(items.slice(start, start + length));
    start += length;
  }
  return out;
}

/**
 * The comparison for a terminal: one column per report and one row per
 * score (overall, band, sections, pillars), since a terminal is narrower
 * than the fifteen score columns a spreadsheet row holds; then, for one
 * country's periods, what changed. Each table is fitted to `width` (the
 * terminal's; renderTable wraps its widest cells, never cutting a word):
 * a section's title is wrapped in its cell rather than cut, and a long
 * completeness or capped band never loses a word to an ellipsis. More
 * reports than fit side by side are set out in several tables, each with
 * the titles, in the order given.
 */
export function formatCompareTable(view: CompareView, options: { color: boolean; width: number }): string {
  const { t, words: w } = view;
  const score = (s: number | null): string => (s === null ? t('not-assessed') : w.percent(s));
  const periodsVary = new Set(view.rows.map((r) => r.period)).size > 1;
  const head = view.rows.map((r) => (view.matrix.kind === 'periods' ? r.period : periodsVary ? `${r.code} ${r.period}` : r.code));
  const body: string[][] = [
    [t('row.overall'), ...view.rows.map((r) => score(r.overall))],
    [t('row.band'), ...view.rows.map((r) => r.band)],
    [t('row.completeness'), ...view.rows.map((r) => r.completeness)],
    ...view.columns.map((c, i) => [c.title, ...view.rows.map((r) => score(r.cells[i] ?? null))]),
  ];
  const parts = [terminalSafe(view.title), ''];
  // "ARG: Argentina" in English, "ARG : Argentine" in French (a no-break space before the colon).
  const colon = localeOf(view.language).colon;
  if (view.matrix.kind === 'countries') parts.push(terminalSafe(w.list(view.rows.map((r) => `${r.code}${colon} ${r.party}`))), '');
  if (view.note) parts.push(terminalSafe(view.note), '');
  // The titles' column, then one per report; in runs of as many as fit side by side. Measured as drawn:
  // terminal-safe (a control in a title is written visibly, and longer), as renderTable writes it again,
  // and a tab as a space (a terminal draws it up to eight columns wide).
  const all = ['', ...head].map((text) => terminalSafe(text).replace(/\t/g, ' '));
  const safeBody = body.map((row) => row.map((text) => terminalSafe(text).replace(/\t/g, ' ')));
  // Letters two columns wide (Chinese) or none: one table, as wide as cli-table3 measures it.
  const measurable = ![...all, ...safeBody.flat()].some((text) => NOT_ONE_COLUMN.test(text));
  for (const run of measurable ? runsOf(all, safeBody, options.width) : [all.slice(1).map((_, i) => i + 1)]) {
    const table = tableOf(all, safeBody, run);
    const colWidths = measurable ? widthsFor(table.head, table.body, options.width) : undefined;
    parts.push(renderTable(table.head, table.body, colWidths === undefined ? options : { color: options.color, colWidths }));
  }
  for (const diff of view.diffs) {
    parts.push(terminalSafe(diff.title), '');
    parts.push(
      renderTable(
        [t('diff.item'), diff.from, diff.to, t('diff.change')],
        diff.scores.map((s) => [s.label, score(s.before), score(s.after), formatChange(s.change, view.language, '—')]),
        options,
      ),
    );
    parts.push(terminalSafe(t('diff.answers', { count: diff.answers.length })));
    if (diff.answers.length === 0) parts.push(t('diff.no-answers'), '');
    else {
      const answersHead = [t('diff.number'), t('diff.question'), diff.from, diff.to].map(terminalSafe);
      const rows = diff.answers.map((a) =>
        [a.number, a.question, clipAtWord(a.before, 80), clipAtWord(a.after, 80)].map((text) => terminalSafe(text).replace(/\t/g, ' ')),
      );
      // The question is the titles' column of this table: it keeps the room short answers leave.
      const answersMeasurable = ![...answersHead, ...rows.flat()].some((text) => NOT_ONE_COLUMN.test(text));
      const colWidths = answersMeasurable ? widthsFor(answersHead, rows, options.width, 1) : undefined;
      parts.push(renderTable(answersHead, rows, colWidths === undefined ? options : { color: options.color, colWidths }));
    }
  }
  return parts.join('\n').replace(/\n{3,}/g, '\n\n');
}
