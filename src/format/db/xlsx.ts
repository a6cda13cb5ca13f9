import type { Dataset } from '../../domain/db/dataset.js';
import { localizedSheet, type DatasetFormatOptions } from './datasets.js';
import { TOOL_NAME } from '../../version.js';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } } as const;

/** Excel limits a sheet's name to 31 characters, without []:*?/\ . */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28);
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base} ${i}`;
  taken.add(name);
  return name;
}

/**
 * The answer of a `db` query as a workbook: one sheet per dataset, headers
 * frozen and filtered, numbers as numbers. exceljs is imported only here.
 * A fixed date, so that the same store gives the same workbook.
 */
export async function datasetsWorkbook(datasets: readonly Dataset[], options: Omit<DatasetFormatOptions, 'color'>): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = TOOL_NAME;
  book.created = new Date(0);
  book.modified = new Date(0);
  const taken = new Set<string>();
  for (const dataset of datasets) {
    const sheet = localizedSheet(dataset, options);
    const ws = book.addWorksheet(sheetName(sheet.title, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    const head = ws.addRow(sheet.head);
    head.font = { bold: true };
    head.eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
    for (const row of sheet.rows) ws.addRow(row);
    ws.columns.forEach((column) => {
      column.width = 16;
    });
    if (sheet.head.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.head.length } };
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
