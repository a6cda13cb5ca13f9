import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/db/dataset.js';
import { formatDatasets } from '../../../src/format/db/datasets.js';

const dataset: Dataset = {
  name: 'submissions',
  columns: ['party', 'status', 'score'],
  rows: [
    { party: 'FRA', status: 'superseded', score: 0.4571 },
    { party: '=cmd', status: 'accepted', score: null },
  ],
  words: ['status'],
};

describe('formatDatasets', () => {
  it('JSON keeps stable keys and values, by dataset name', () => {
    expect(JSON.parse(formatDatasets([dataset], 'json', { language: 'fr', color: false }))).toEqual({ submissions: dataset.rows });
  });

  it('CSV in French: translated headers and statuses, ";" and decimal commas, formulas defused', () => {
    expect(formatDatasets([dataset], 'csv', { language: 'fr', color: false })).toBe(
      "\uFEFFPartie;Statut;Score\r\nFRA;remplacée;0,4571\r\n'=cmd;acceptée;\r\n",
    );
  });

  it('a table says when nothing matches', () => {
    expect(formatDatasets([{ ...dataset, rows: [] }], 'table', { language: 'en', color: false })).toBe(
      'Submissions by party\nNothing in the store matches.\n',
    );
  });
});
