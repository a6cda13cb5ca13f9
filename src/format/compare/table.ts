import { formatDecimal } from '../../i18n/numbers.js';
import { renderTable } from '../table.js';
import type { CompareView } from './view.js';
import { terminalSafe } from '../terminal-safe.js';

/** Cuts a label to `width` characters, with an ellipsis, so that the table fits a terminal. */
function clip(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : chars.slice(0, width - 1).join('') + '…';
}

/** "+5.2" / "−3,0": a change in percentage points, signed. */
export function formatChange(change: number | null, language: string, missing: string): string {
  if (change === null) return missing;
  const points = formatDecimal(Math.abs(change) * 100, language, 1);
  return change > 0 ? `+${points}` : change < 0 ? `−${points}` : points;
}

/** Width of the terminal the table is fitted to, when a capped band's reason must wrap inside its cell. */
const TABLE_WIDTH = 100;

/**
 * Column widths that keep the table within TABLE_WIDTH when a cell is long
 * (a capped band says why in its own cell, wrapped over several lines);
 * undefined when every cell fits as it is.
 */
function fittedWidths(body: string[][], head: string[]): { colWidths: number[] } | Record<string, never> {
  const longest = (i: number): number => Math.max([...(head[i - 1] ?? '')].length, ...body.map((row) => [...(row[i] ?? '')].length));
  const label = Math.max(...body.map((row) => [...(row[0] ?? '')].length)) + 2;
  const natural = label + 1 + head.reduce((n, _, i) => n + longest(i + 1) + 3, 0);
  if (natural <= TABLE_WIDTH) return {};
  const each = Math.max(12, Math.floor((TABLE_WIDTH - label - 1) / Math.max(1, head.length)) - 1);
  return { colWidths: [label, ...head.map(() => each)] };
}

/**
 * The comparison for a terminal: one column per report and one row per
 * score (overall, band, sections, pillars), since a terminal is narrower
 * than the fifteen score columns a spreadsheet row holds; then, for one
 * country's periods, what changed.
 */
export function formatCompareTable(view: CompareView, options: { color: boolean }): string {
  const { t, words: w } = view;
  const score = (s: number | null): string => (s === null ? t('not-assessed') : w.percent(s));
  const periodsVary = new Set(view.rows.map((r) => r.period)).size > 1;
  const head = view.rows.map((r) => (view.matrix.kind === 'periods' ? r.period : periodsVary ? `${r.code} ${r.period}` : r.code));
  const body: string[][] = [
    [t('row.overall'), ...view.rows.map((r) => score(r.overall))],
    [t('row.band'), ...view.rows.map((r) => r.band)],
    [t('row.completeness'), ...view.rows.map((r) => r.completeness)],
    ...view.columns.map((c, i) => [clip(c.title, 44), ...view.rows.map((r) => score(r.cells[i] ?? null))]),
  ];
  const parts = [terminalSafe(view.title), ''];
  if (view.matrix.kind === 'countries') parts.push(terminalSafe(w.list(view.rows.map((r) => `${r.code}: ${r.party}`))), '');
  if (view.note) parts.push(terminalSafe(view.note), '');
  parts.push(renderTable(['', ...head], body, { ...options, ...fittedWidths(body, head) }));
  for (const diff of view.diffs) {
    parts.push(terminalSafe(diff.title), '');
    parts.push(
      renderTable(
        [t('diff.item'), diff.from, diff.to, t('diff.change')],
        diff.scores.map((s) => [clip(s.label, 44), score(s.before), score(s.after), formatChange(s.change, view.language, '—')]),
        options,
      ),
    );
    parts.push(terminalSafe(t('diff.answers', { count: diff.answers.length })));
    if (diff.answers.length === 0) parts.push(t('diff.no-answers'), '');
    else {
      const rows = diff.answers.map((a) => [a.number, clip(a.question, 56), clip(a.before, 24), clip(a.after, 24)]);
      parts.push(renderTable([t('diff.number'), t('diff.question'), diff.from, diff.to], rows, options));
    }
  }
  return parts.join('\n').replace(/\n{3,}/g, '\n\n');
}
