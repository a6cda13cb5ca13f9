/** One cell of a query's answer. */
export type Cell = string | number | boolean | null;

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
}

/** Change between two scores, in points of [0, 1], rounded to 4 decimals; null when either is missing. */
export function change(before: number | null | undefined, after: number | null | undefined): number | null {
  if (before === null || before === undefined || after === null || after === undefined) return null;
  return Math.round((after - before) * 10000) / 10000;
}
