import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/db/dataset.js';
import { idLabels } from '../../../src/domain/db/labels.js';
import { formatDatasets } from '../../../src/format/db/datasets.js';
import { checklistOf } from '../../support/arbitraries.js';

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
      "\uFEFFPartie;Statut;Note\r\nFRA;remplacée;0,4571\r\n'=cmd;acceptée;\r\n",
    );
  });

  it('a table says when nothing matches', () => {
    expect(formatDatasets([{ ...dataset, rows: [] }], 'table', { language: 'en', color: false })).toBe(
      'Submissions by party\nNothing in the store matches.\n',
    );
  });
});

describe('formatDatasets — ids shown by their labels', () => {
  const labels = idLabels([
    {
      ...checklistOf({ definitions: [] }),
      sections: [
        {
          id: 'definitions',
          title: {
            en: 'Definition of trafficking in persons and scope of the offence (arts 3 and 4)',
            fr: 'Définition de la traite des personnes et champ d’application de l’infraction (articles 3 et 4)',
          },
          questions: [],
        },
      ],
      pillars: [{ id: 'prosecution', title: { en: 'Prosecution', fr: 'Poursuites' } }],
      assistanceCategories: [{ id: 'training', title: { en: 'Training', fr: 'Formation' } }],
    },
  ]);
  const trend: Dataset = {
    name: 'trend',
    columns: ['party', 'level', 'item', 'band', 'capped_from'],
    rows: [
      { party: 'FRA', level: 'overall', item: 'overall', band: 'b1', capped_from: 'b2' },
      { party: 'FRA', level: 'section', item: 'definitions', band: 'b2', capped_from: null },
      { party: 'FRA', level: 'pillar', item: 'prosecution', band: 'unknown-band', capped_from: null },
    ],
    words: ['level'],
    labels: { item: 'item', band: 'band', capped_from: 'band' },
  };
  const needs: Dataset = {
    name: 'needs',
    columns: ['category', 'section', 'regions'],
    rows: [{ category: 'training', section: 'definitions', regions: 'Americas, Europe, Oceania' }],
    labels: { category: 'category', section: 'section', regions: 'regions' },
  };

  it('CSV gives the labels whole in the reader’s language; an id no checklist labels stays as it is', () => {
    expect(formatDatasets([trend], 'csv', { language: 'fr', color: false, labels })).toBe(
      '\uFEFFPartie;Niveau d’agrégation;Élément;Niveau;Plafonné depuis\r\n' +
        'FRA;global;global;Developing (fr);Established (fr)\r\n' +
        'FRA;section;Définition de la traite des personnes et champ d’application de l’infraction (articles 3 et 4);Established (fr);\r\n' +
        'FRA;pilier;Poursuites;unknown-band;\r\n',
    );
    expect(formatDatasets([needs], 'csv', { language: 'fr', color: false, labels })).toContain('Formation;Définition de la traite');
    expect(formatDatasets([needs], 'csv', { language: 'fr', color: false, labels })).toContain(';Amériques, Europe, Océanie\r\n');
    expect(formatDatasets([needs], 'csv', { language: 'en', color: false, labels })).toContain('Training,Definition of trafficking');
  });

  it('a table cuts a long label, which would widen every row; JSON keeps the ids', () => {
    const table = formatDatasets([trend], 'table', { language: 'fr', color: false, labels });
    expect(table).toContain('│ Définition de la traite des personnes et champ… │');
    expect(table).not.toContain('(articles 3 et 4)');
    expect(JSON.parse(formatDatasets([trend, needs], 'json', { language: 'fr', color: false, labels }))).toEqual({
      trend: trend.rows,
      needs: needs.rows,
    });
  });

  it('without labels (a store read without the library), the ids', () => {
    expect(formatDatasets([needs], 'csv', { language: 'en', color: false })).toContain('training,definitions,');
  });
});
