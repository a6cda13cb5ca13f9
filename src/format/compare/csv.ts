import { csvText, type CsvValue } from '../render/csv-cell.js';
import { fixedColumns, flatRow, type CompareView } from './view.js';

/**
 * One row per report, as spreadsheets want data: code, party, period,
 * version, complete, questions unanswered, overall score and band, then one column per section
 * and pillar (scores from 0 to 1). For one country's periods, a row per
 * change follows, in the same columns. UTF-8 with a BOM; in French, ";" and
 * decimal commas, as French spreadsheets read them.
 */
export function formatCompareCsv(view: CompareView): string {
  const { t } = view;
  const head = [...fixedColumns(view), ...view.columns.map((c) => c.title)];
  const rows: CsvValue[][] = view.rows.map((r) => flatRow(view, r));
  const first = view.rows[0];
  for (const diff of view.diffs) {
    rows.push([
      first?.code,
      first?.party,
      t('diff.change-row', { from: diff.from, to: diff.to }),
      null,
      null,
      null,
      diff.scores[0]?.change ?? null,
      null,
      null,
      // The changes follow the overall one in column order: sections, then pillars.
      ...view.columns.map((_, i) => diff.scores[i + 1]?.change ?? null),
    ]);
  }
  return csvText([head, ...rows], view.language);
}
