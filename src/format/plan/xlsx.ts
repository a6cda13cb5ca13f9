import type { Worksheet } from 'exceljs';
import { planCsvRows, progressCsvRows } from './csv.js';
import type { PlanView, ProgressView } from './view.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } } as const;

/** The plan's rows on a sheet: bold, filtered, frozen header; wrapped text; the State's three columns last. */
function fill(sheet: Worksheet, rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): void {
  rows.forEach((values, i) => {
    const row = sheet.addRow(values.map((v) => (v === undefined ? null : v)));
    row.alignment = { vertical: 'top', wrapText: true };
    if (i === 0) {
      row.font = { bold: true };
      row.eachCell((cell) => {
        cell.fill = HEADER_FILL;
      });
    }
  });
  const width = rows[0]?.length ?? 0;
  sheet.columns.forEach((column, i) => {
    column.width = [3, 6, 10, 11].includes(i) ? 40 : i === 0 ? 7 : 18;
  });
  if (width > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
}

/**
 * The plan as a workbook: one sheet for the whole plan and one per pillar
 * (an item in several pillars is on each of their sheets), with the same
 * columns as the CSV. Loaded only when asked: exceljs is large.
 */
export async function planWorkbook(view: PlanView): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = `${TOOL_NAME} ${TOOL_VERSION}`;
  const [head, ...rows] = planCsvRows(view);
  if (!head) throw new Error('planWorkbook: no header');
  const frozen = { views: [{ state: 'frozen' as const, ySplit: 1 }] };
  fill(
    book.addWorksheet(
      view
        .t('title', { party: '' })
        .replace(/[\s:\u00a0]+$/, '')
        .slice(0, 31),
      frozen,
    ),
    [head, ...rows],
  );
  const pillarColumn = head.indexOf(view.t('col.pillars'));
  for (const pillar of view.pillars) {
    const own = rows.filter((r) =>
      String(r[pillarColumn] ?? '')
        .split(', ')
        .includes(pillar.title),
    );
    if (own.length > 0) fill(book.addWorksheet(pillar.title.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31), frozen), [head, ...own]);
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** Progress against a plan as a workbook: one sheet, the same rows as the CSV. */
export async function progressWorkbook(view: ProgressView): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = `${TOOL_NAME} ${TOOL_VERSION}`;
  fill(book.addWorksheet(view.t('progress.measures').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] }), progressCsvRows(view));
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
