import { localeOf } from '../../i18n/locale.js';

/** A byte-order mark, so that spreadsheet programs read the file as UTF-8 and show accents. */
const BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

/**
 * The field separator a spreadsheet expects in the language: French
 * spreadsheets write decimals with a comma, so their CSV uses ";".
 */
function csvSeparator(language: string): string {
  return localeOf(language)['csv-separator'];
}

/** A number as the language's spreadsheets read it: "0,4571" in French, "0.4571" in English, no grouping. */
export function csvNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language).intl, {
    maximumFractionDigits: 4,
    useGrouping: false,
  }).format(value);
}

/**
 * One CSV field. A text starting with = + - @ (or a tab or carriage return)
 * would run as a formula in a spreadsheet: it gets a leading apostrophe,
 * which spreadsheets show as plain text. Numbers are formatted here, so a
 * negative change stays a number.
 */
export function csvCell(value: CsvValue, language: string): string {
  if (value === null || value === undefined) return '';
  const separator = csvSeparator(language);
  let text = typeof value === 'number' ? csvNumber(value, language) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text in the language's convention, CRLF line ends (RFC 4180), BOM first. */
export function csvText(rows: ReadonlyArray<readonly CsvValue[]>, language: string): string {
  const separator = csvSeparator(language);
  return BOM + rows.map((row) => row.map((cell) => csvCell(cell, language)).join(separator)).join('\r\n') + '\r\n';
}
