import type { Cell, Dataset, LabelledColumn } from '../../domain/db/dataset.js';
import { labelOf, type IdLabels } from '../../domain/db/labels.js';
import { translator, type Translate } from '../../i18n/translate.js';
import { csvNumber, csvText } from '../render/csv-cell.js';
import { plainTable } from './plain-table.js';
import type { DbFormat } from './formats.js';
import { DB_MESSAGES, type DbMessageKey } from './messages.js';

export interface DatasetFormatOptions {
  language: string;
  color: boolean;
  /** The checklists' labels of the ids in the datasets' labelled columns; without them, the ids. */
  labels?: IdLabels;
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

/** The label, in the reader's language, of an id in a labelled column (Dataset.labels); the id when none is known. */
function labelled(
  kind: LabelledColumn,
  value: string,
  row: Readonly<Record<string, Cell>>,
  t: Translate<DbMessageKey>,
  language: string,
  labels?: IdLabels,
): string {
  switch (kind) {
    case 'regions':
      return value
        .split(', ')
        .map((name) => {
          const key = `region.${name}`;
          return has(key) ? t(key) : name;
        })
        .join(', ');
    case 'item': {
      const level = row['level'];
      if (level === 'section' || level === 'pillar') return labelled(level, value, row, t, language, labels);
      return String(word(t, value, true));
    }
    default:
      return (labels && labelOf(labels, kind, value, language)) ?? value;
  }
}

/**
 * How each cell of a dataset is shown: a word of the tool translated, an id by
 * its label, anything else as it is. The word columns are a set made once (a
 * matrix has a column per party).
 */
function cellsOf(
  dataset: Dataset,
  t: Translate<DbMessageKey>,
  options: Omit<DatasetFormatOptions, 'color'>,
): (row: Readonly<Record<string, Cell>>, column: string) => Cell {
  const words = new Set(dataset.words ?? []);
  return (row: Readonly<Record<string, Cell>>, column: string): Cell => {
    const value = row[column] ?? null;
    const kind = dataset.labels?.[column];
    if (kind !== undefined && typeof value === 'string') return labelled(kind, value, row, t, options.language, options.labels);
    return word(t, value, words.has(column));
  };
}

function textCell(value: Cell, language: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value, language);
  if (typeof value === 'boolean') return value ? '✓' : '';
  return value;
}

/** Longest label a table shows whole: a section's title (a hundred characters) would widen every row past any terminal. CSV and xlsx keep it whole. */
const TABLE_LABEL_CHARACTERS = 48;

function clippedLabel(text: string): string {
  const characters = [...text];
  return characters.length <= TABLE_LABEL_CHARACTERS
    ? text
    : `${characters
        .slice(0, TABLE_LABEL_CHARACTERS - 1)
        .join('')
        .trimEnd()}…`;
}

function tableText(dataset: Dataset, options: DatasetFormatOptions, t: Translate<DbMessageKey>): string {
  const titleKey = `title.${dataset.name}`;
  const title = has(titleKey) ? t(titleKey) : dataset.name;
  if (dataset.rows.length === 0) return `${title}\n${t('empty')}\n`;
  const shown = cellsOf(dataset, t, options);
  const rows = dataset.rows.map((row) =>
    dataset.columns.map((c) => {
      const text = textCell(shown(row, c), options.language);
      return dataset.labels?.[c] === undefined ? text : clippedLabel(text);
    }),
  );
  return `${title}\n${plainTable(
    dataset.columns.map((c) => label(t, c)),
    rows,
    options.color,
  )}`;
}

/** A dataset as a sheet: translated title, headers, statuses and labels; numbers stay numbers (CSV, xlsx). */
export interface LocalizedSheet {
  name: string;
  title: string;
  head: string[];
  rows: Array<Array<string | number | null>>;
}

export function localizedSheet(dataset: Dataset, options: Omit<DatasetFormatOptions, 'color'>): LocalizedSheet {
  const t = translator(DB_MESSAGES, options.language);
  const titleKey = `title.${dataset.name}`;
  const shown = cellsOf(dataset, t, options);
  return {
    name: dataset.name,
    title: has(titleKey) ? t(titleKey) : dataset.name,
    head: dataset.columns.map((c) => label(t, c)),
    rows: dataset.rows.map((row) =>
      dataset.columns.map((c) => {
        const value = shown(row, c);
        return typeof value === 'boolean' ? String(value) : value;
      }),
    ),
  };
}

function csvOf(dataset: Dataset, options: DatasetFormatOptions): string {
  const sheet = localizedSheet(dataset, options);
  return csvText([sheet.head, ...sheet.rows], options.language);
}

/**
 * Query answers as text. Table and CSV translate headers, statuses and labels (Dataset.labels); JSON
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
