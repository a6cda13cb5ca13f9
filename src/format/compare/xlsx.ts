import type { Workbook, Worksheet } from 'exceljs';
import { fixedColumns, flatRow, type CompareView } from './view.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } } as const;
const PERCENT = '0%';
const POINTS = '+0.0;-0.0;0.0';

function header(sheet: Worksheet, values: string[]): void {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

function scoresSheet(book: Workbook, view: CompareView): void {
  const { t } = view;
  const sheet = book.addWorksheet(t('sheet.scores'), { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  const fixed = fixedColumns(view);
  header(sheet, [...fixed, ...view.columns.map((c) => c.title)]);
  for (const r of view.rows) {
    sheet.addRow(flatRow(view, r));
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 ? 34 : i < fixed.length ? 14 : 18;
    if (i === 6 || i >= fixed.length) column.numFmt = PERCENT;
  });
  sheet.getRow(1).height = 60;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: fixed.length + view.columns.length } };
}

function changesSheet(book: Workbook, view: CompareView): void {
  const { t } = view;
  const sheet = book.addWorksheet(t('sheet.changes'));
  sheet.columns = [{ width: 10 }, { width: 60 }, { width: 24 }, { width: 24 }, { width: 16 }];
  for (const diff of view.diffs) {
    sheet.addRow([diff.title]).font = { bold: true, size: 13 };
    header(sheet, ['', t('diff.item'), diff.from, diff.to, t('diff.change')]);
    for (const s of diff.scores) {
      const row = sheet.addRow(['', s.label, s.before, s.after, s.change === null ? null : s.change * 100]);
      row.getCell(3).numFmt = PERCENT;
      row.getCell(4).numFmt = PERCENT;
      row.getCell(5).numFmt = POINTS;
    }
    sheet.addRow([]);
    sheet.addRow([t('diff.answers', { count: diff.answers.length })]).font = { bold: true };
    header(sheet, [
      t('diff.number'),
      t('diff.question'),
      t('diff.answer-before', { period: diff.from }),
      t('diff.answer-after', { period: diff.to }),
    ]);
    for (const a of diff.answers) sheet.addRow([a.number, a.question, a.before, a.after]).alignment = { vertical: 'top', wrapText: true };
    sheet.addRow([]);
  }
}

function aboutSheet(book: Workbook, view: CompareView): void {
  const { t } = view;
  const sheet = book.addWorksheet(t('sheet.about'));
  sheet.columns = [{ width: 28 }, { width: 100 }];
  sheet.addRow([view.title]).font = { bold: true, size: 13 };
  sheet.addRow([t('about.checklist'), view.matrix.checklist.id]);
  sheet.addRow([t('about.versions'), view.matrix.checklist.versions.join(', ')]);
  sheet.addRow([t('about.reports'), view.rows.length]);
  if (view.note) sheet.addRow(['', view.note]).alignment = { wrapText: true, vertical: 'top' };
  sheet.addRow(['', t('about.scale')]);
  sheet.addRow(['', t('about.tool', { tool: TOOL_NAME, version: TOOL_VERSION })]);
}

/**
 * The comparison as an Excel workbook: the scores (one row per report,
 * percentages, filters, frozen headers), the changes between periods when
 * there are any, and a sheet that says what was compared. exceljs is
 * imported only here, when an xlsx is asked for.
 */
export async function compareWorkbook(view: CompareView): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = TOOL_NAME;
  // A fixed date (the latest report's), so that the same reports give the same workbook.
  const latest = view.matrix.rows
    .map((r) => r.created)
    .sort()
    .pop();
  if (latest) {
    book.created = new Date(latest);
    book.modified = new Date(latest);
  }
  scoresSheet(book, view);
  if (view.diffs.length > 0) changesSheet(book, view);
  aboutSheet(book, view);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
