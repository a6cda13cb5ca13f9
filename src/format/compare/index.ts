import { formatCompareCsv } from './csv.js';
import { formatCompareJson } from './json.js';
import { formatCompareTable } from './table.js';
import type { CompareView } from './view.js';

/** Text formats of a comparison; xlsx, which is binary, is written by `xlsx.ts`. */
const COMPARE_TEXT_FORMATS = ['table', 'csv', 'json'] as const;
export type CompareTextFormat = (typeof COMPARE_TEXT_FORMATS)[number];

export function formatComparison(view: CompareView, format: CompareTextFormat, options: { color: boolean }): string {
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
