import type { ChecklistLabelKind } from './labels.js';

/** One cell of a query's answer. */
export type Cell = string | number | boolean | null;

/**
 * What a column of identifiers holds, shown by its label in the reader's
 * language in table, CSV and xlsx (JSON keeps the ids): a checklist's
 * section, pillar, assistance category or band (labels.ts); `item`, a section
 * or a pillar as the row's `level` says (`overall` is a word of the tool);
 * `regions`, UN M49 region names separated by ", ".
 */
export type LabelledColumn = ChecklistLabelKind | 'item' | 'regions';

/**
 * A query's answer as data: named columns (stable keys, translated by the
 * formatters) and rows. The commands' answers are one or more of these.
 */
export interface Dataset {
  name: string;
  columns: string[];
  rows: Array<Record<string, Cell>>;
  /** Columns whose values are words of the tool (statuses), translated in table and CSV. */
  words?: string[];
  /** Columns of identifiers shown by their labels (LabelledColumn). */
  labels?: Readonly<Record<string, LabelledColumn>>;
}

/** Change between two scores, in points of [0, 1], rounded to 4 decimals; null when either is missing. */
export function change(before: number | null | undefined, after: number | null | undefined): number | null {
  if (before === null || before === undefined || after === null || after === undefined) return null;
  return Math.round((after - before) * 10000) / 10000;
}
