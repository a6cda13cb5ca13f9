import type { Cell, Dataset } from '../../domain/db/dataset.js';
import { translator, type Translate } from '../../i18n/translate.js';
import { csvNumber, csvText } from '../render/csv-cell.js';
import { plainTable } from './plain-table.js';
import type { DbFormat } from './formats.js';
import { DB_MESSAGES, type DbMessageKey } from './messages.js';

export interface DatasetFormatOptions {
  language: string;
  color: boolean;
}

function has(key: string): key is DbMessageKey {
  return Object.hasOwn(DB_MESSAGES.en, key);
}

function label(t: Translate<DbMessageKey>, column: string): string {
  const key = `col.${column}`;
  return has(key) ? t(key) : column;
}

function word(t: Translate<DbMessageKey>, value: Cell, translate: boolean): Cell {
  if (!translate || typeof value !== 'string') return value;
  const key = `word.${value}`;
  return has(key) ? t(key) : value;
}

function textCell(value: Cell, language: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value, language);
  if (typeof value === 'boolean') return value ? '✓' : '';
  return value;
}

function tableText(dataset: Dataset, options: DatasetFormatOptions, t: Translate<DbMessageKey>): string {
  const titleKey = `title.${dataset.name}`;
  const title = has(titleKey) ? t(titleKey) : dataset.name;
  if (dataset.rows.length === 0) return `${title}\n${t('empty')}\n`;
  const words = new Set(dataset.words ?? []);
  const rows = dataset.rows.map((row) => dataset.columns.map((c) => textCell(word(t, row[c] ?? null, words.has(c)), options.language)));
  return `${title}\n${plainTable(
    dataset.columns.map((c) => label(t, c)),
    rows,
    options.color,
  )}`;
}

/** A dataset as a sheet: translated title, headers and statuses; numbers stay numbers (CSV, xlsx). */
export interface LocalizedSheet {
  name: string;
  title: string;
  head: string[];
  rows: Array<Array<string | number | null>>;
}

export function localizedSheet(dataset: Dataset, language: string): LocalizedSheet {
  const t = translator(DB_MESSAGES, language);
  const titleKey = `title.${dataset.name}`;
  const words = new Set(dataset.words ?? []);
  return {
    name: dataset.name,
    title: has(titleKey) ? t(titleKey) : dataset.name,
    head: dataset.columns.map((c) => label(t, c)),
    rows: dataset.rows.map((row) =>
      dataset.columns.map((c) => {
        const value = word(t, row[c] ?? null, words.has(c));
        return typeof value === 'boolean' ? String(value) : value;
      }),
    ),
  };
}

function csvOf(dataset: Dataset, options: DatasetFormatOptions): string {
  const sheet = localizedSheet(dataset, options.language);
  return csvText([sheet.head, ...sheet.rows], options.language);
}

/**
 * Query answers as text. Table and CSV translate headers and statuses; JSON
 * keeps the stable keys and values, one array of rows per dataset name. CSV
 * with several datasets gives each its header row, separated by an empty line.
 */
export function formatDatasets(datasets: readonly Dataset[], format: Exclude<DbFormat, 'xlsx'>, options: DatasetFormatOptions): string {
  const t = translator(DB_MESSAGES, options.language);
  switch (format) {
    case 'json':
      return (
        JSON.stringify(
          Object.fromEntries(datasets.map((d) => [d.name, d.rows.map((r) => Object.fromEntries(d.columns.map((c) => [c, r[c] ?? null])))])),
          null,
          2,
        ) + '\n'
      );
    case 'csv':
      return datasets.map((d, i) => (i === 0 ? csvOf(d, options) : csvOf(d, options).replace(/^\uFEFF/, ''))).join('\r\n');
    case 'table':
      return datasets.map((d) => tableText(d, options, t)).join('\n');
  }
}
