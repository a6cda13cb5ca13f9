import { describe, expect, it } from 'vitest';
import { coreChange, coreTrendView, type CoreTrendInput } from '../../../src/domain/db/trend-core.js';
import { formatDatasets } from '../../../src/format/db/datasets.js';

const core = (party_code: string, period: string, question: string, status: string, position = 0): CoreTrendInput => ({
  party_code,
  checklist_id: 'c',
  checklist_version: '1.0.0',
  period,
  position,
  question,
  section: 's',
  status,
  caps_band: status !== 'met',
});

describe('coreChange', () => {
  it('is improved when an obligation becomes met, worsened when it no longer is, changed between two statuses that are not met', () => {
    expect(coreChange('not-met', 'met')).toBe('improved');
    expect(coreChange('unknown', 'met')).toBe('improved');
    expect(coreChange('met', 'unknown')).toBe('worsened');
    expect(coreChange('met', 'not-met')).toBe('worsened');
    expect(coreChange('not-met', 'unknown')).toBe('changed');
    expect(coreChange('not-applicable', 'not-met')).toBe('changed');
    expect(coreChange('met', 'met')).toBe('unchanged');
  });
});

describe('coreTrendView', () => {
  const view = coreTrendView([
    core('FRA', '2026', 'offence', 'met', 0),
    core('FRA', '2026', 'elements', 'unknown', 1),
    core('FRA', '2025', 'offence', 'not-met', 0),
    core('FRA', '2025', 'elements', 'met', 1),
    core('FRA', '2027', 'new-one', 'not-met', 2),
    core('SEN', '2026', 'offence', 'not-applicable', 0),
  ]);

  it('gives each obligation its status per party and period, with the previous period’s status and the change', () => {
    expect(view.rows.map((r) => [r['party'], r['period'], r['obligation'], r['status'], r['previous_status'], r['core_change']])).toEqual([
      ['FRA', '2025', 'offence', 'not-met', null, null],
      ['FRA', '2025', 'elements', 'met', null, null],
      ['FRA', '2026', 'offence', 'met', 'not-met', 'improved'],
      ['FRA', '2026', 'elements', 'unknown', 'met', 'worsened'],
      // An obligation the previous period did not name has nothing to be compared with.
      ['FRA', '2027', 'new-one', 'not-met', null, null],
      ['SEN', '2026', 'offence', 'not-applicable', null, null],
    ]);
  });

  it('prints statuses and changes in the language asked for', () => {
    const one = coreTrendView([core('FRA', '2025', 'offence', 'not-met'), core('FRA', '2026', 'offence', 'met')]);
    const fr = formatDatasets([one], 'csv', { language: 'fr', color: false });
    expect(fr).toContain('Obligation fondamentale');
    expect(fr.split('\r\n')[2]).toBe('FRA;c;offence;s;2026;1.0.0;remplie;non remplie;désormais remplie;false');
    const en = formatDatasets([one], 'table', { language: 'en', color: false });
    expect(en).toMatch(/^Core obligations over periods\n/);
    expect(en.split('\n').find((l) => l.includes('2026'))).toMatch(/\bmet\b.*\bnot met\b.*\bnow met\b/);
    expect(JSON.parse(formatDatasets([one], 'json', { language: 'fr', color: false }))).toEqual({
      core: [
        {
          party: 'FRA',
          checklist: 'c',
          obligation: 'offence',
          section: 's',
          period: '2025',
          version: '1.0.0',
          status: 'not-met',
          previous_status: null,
          core_change: null,
          caps_band: true,
        },
        {
          party: 'FRA',
          checklist: 'c',
          obligation: 'offence',
          section: 's',
          period: '2026',
          version: '1.0.0',
          status: 'met',
          previous_status: 'not-met',
          core_change: 'improved',
          caps_band: false,
        },
      ],
    });
  });
});
