import { formatCompareCsv } from './csv.js';
import { formatCompareJson } from './json.js';
import { formatCompareTable } from './table.js';
import type { CompareView } from './view.js';

/** Text formats of a comparison; xlsx, which is binary, is written by `xlsx.ts`. */
const COMPARE_TEXT_FORMATS = ['table', 'csv', 'json'] as const;
export type CompareTextFormat = (typeof COMPARE_TEXT_FORMATS)[number];

/** `width`: the terminal's, which the table fits (the other formats have no width). */
export function formatComparison(view: CompareView, format: CompareTextFormat, options: { color: boolean; width: number }): string {
  switch (format) {
    case 'table':
      return formatCompareTable(view, options);
    case 'csv':
      return formatCompareCsv(view);
    case 'json':
      return formatCompareJson(view);
  }
}

export { compareView, type CompareView } from './view.js';
