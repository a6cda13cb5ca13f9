import { formatDatasets } from '../../../src/format/db/datasets.js';
import { describe, expect, it } from 'vitest';
import { change } from '../../../src/domain/db/dataset.js';
import { wideExport, longExport, type ExportAnswer, type ExportSubmission } from '../../../src/domain/db/export.js';
import { matrixView, provisionStatus } from '../../../src/domain/db/matrix.js';
import { statusView } from '../../../src/domain/db/status.js';
import { trendView } from '../../../src/domain/db/trend.js';

describe('provisionStatus', () => {
  const a = (state: string, score: number, weight = 1) => ({ state, score, weight });
  it('is met only when every scored question citing the provision is at its best', () => {
    expect(provisionStatus([a('answered', 1), a('answered', 1, 2)])).toBe('met');
    expect(provisionStatus([a('answered', 1), a('answered', 0.5)])).toBe('partly');
    expect(provisionStatus([a('answered', 0), a('hidden', 0)])).toBe('not-met');
  });
  it('is unknown when nothing about it is known, and an unknown counts 0 beside known answers', () => {
    expect(provisionStatus([a('dont-know', 0), a('unanswered', 0)])).toBe('unknown');
    expect(provisionStatus([a('answered', 1), a('dont-know', 0)])).toBe('partly');
    expect(provisionStatus([])).toBeNull();
  });
});

describe('matrixView', () => {
  it("uses each party's latest period and counts the statuses of each provision", () => {
    const row = (party_code: string, period: string, provision: string, score: number) => ({
      party_code,
      checklist_id: 'c',
      period,
      catalogue: 'p',
      provision,
      question: `q${provision}`,
      state: 'answered',
      score,
      weight: 1,
    });
    const view = matrixView([
      row('FRA', '2025', '5.1', 0),
      row('FRA', '2026', '5.1', 1),
      row('SEN', '2025', '5.1', 0.5),
      row('SEN', '2025', '10.2', 0),
    ]);
    expect(view.columns).toEqual(['catalogue', 'provision', 'FRA', 'SEN', 'met', 'partly', 'not-met', 'unknown']);
    expect(view.rows).toEqual([
      { catalogue: 'p', provision: '5.1', FRA: 'met', SEN: 'partly', met: 1, partly: 1, 'not-met': 0, unknown: 0 },
      { catalogue: 'p', provision: '10.2', FRA: null, SEN: 'not-met', met: 0, partly: 0, 'not-met': 1, unknown: 0 },
    ]);
  });
});

describe('trendView', () => {
  it('gives each score its change since the same party’s previous period, and the band cap on overall rows', () => {
    const counts = (level: string, answered: number) =>
      level === 'overall'
        ? { answered: null, dont_know: null, not_applicable: null, hidden: null, unanswered: null, total: null }
        : { answered, dont_know: 0, not_applicable: 0, hidden: 0, unanswered: 4 - answered, total: 4 };
    const score = (period: string, level: string, item: string, value: number | null, band: string | null, answered = 2) => ({
      party_code: 'FRA',
      checklist_id: 'c',
      checklist_version: '1.0.0',
      period,
      level,
      item,
      position: 0,
      score: value,
      band,
      ...counts(level, answered),
    });
    const view = trendView({
      scores: [
        score('2026', 'overall', 'overall', 0.6, 'low'),
        score('2025', 'overall', 'overall', 0.45, 'low'),
        score('2025', 'section', 's1', null, null),
        score('2026', 'section', 's1', 0.5, 'low'),
      ],
      submissions: [
        {
          party_code: 'FRA',
          checklist_id: 'c',
          period: '2025',
          capped: false,
          score_band: 'low',
          core_not_met: 0,
          core_unknown: 0,
          core_total: 0,
        },
        {
          party_code: 'FRA',
          checklist_id: 'c',
          period: '2026',
          capped: true,
          score_band: 'high',
          core_not_met: 1,
          core_unknown: 0,
          core_total: 2,
        },
      ],
      core: [],
    });
    expect(view.rows.map((r) => [r['item'], r['period'], r['change'], r['previous_band'], r['capped_from'], r['core_not_met']])).toEqual([
      ['overall', '2025', null, null, null, null],
      ['overall', '2026', 0.15, 'low', 'high', 1],
      ['s1', '2025', null, null, null, null],
      ['s1', '2026', null, null, null, null],
    ]);
    expect(change(0.1, 0.3)).toBe(0.2);
  });

  it('says a section nobody answered is not assessed, and measures no change from it', () => {
    const row = (period: string, item: string, score: number, answered: number) => ({
      party_code: 'FRA',
      checklist_id: 'c',
      checklist_version: '1.0.0',
      period,
      level: 'section',
      item,
      position: item === 's2' ? 2 : 3,
      score,
      band: 'low',
      answered,
      dont_know: 0,
      not_applicable: 0,
      hidden: 0,
      unanswered: 4 - answered,
      total: 4,
    });
    const view = trendView({
      scores: [row('2025', 's2', 0, 0), row('2026', 's2', 0.5, 4), row('2025', 's3', 0.25, 4), row('2026', 's3', 0.5, 4)],
      submissions: [],
      core: [],
    });
    expect(view.rows.map((r) => [r['item'], r['period'], r['score'], r['assessment'], r['change']])).toEqual([
      ['s2', '2025', 0, 'not-assessed', null],
      ['s2', '2026', 0.5, 'assessed', null],
      ['s3', '2025', 0.25, 'assessed', null],
      ['s3', '2026', 0.5, 'assessed', 0.25],
    ]);
    expect(formatDatasets([view], 'csv', { language: 'fr', color: false }).split('\r\n')[1]).toBe(
      'FRA;c;section;s2;2025;1.0.0;0;low;non évalué;;;;;',
    );
  });
});

describe('statusView', () => {
  it('lists who has not submitted in a period: parties that answered the checklist in another one', () => {
    const sub = (party_code: string, period: string, current = true) => ({
      period,
      checklist_id: 'c',
      checklist_version: '1.0.0',
      party_code,
      party_name: party_code,
      current,
      signature: 'missing',
      overall_score: 0.5,
      overall_band: 'low',
      created: `${period}-01-01T00:00:00Z`,
      file: `${party_code}-${period}`,
    });
    const [summary, parties] = statusView({
      submissions: [sub('FRA', '2025'), sub('SEN', '2025'), sub('FRA', '2026'), sub('FRA', '2026', false)],
      rejections: [
        {
          period: '2026',
          checklist_id: 'c',
          checklist_version: '1.0.0',
          party_code: 'SEN',
          file: 'bad',
          errors: 1,
          code: 'report-integrity-mismatch',
          message: 'altered',
        },
      ],
      parties: [
        { checklist_id: 'c', party_code: 'FRA', party_name: 'France' },
        { checklist_id: 'c', party_code: 'SEN', party_name: 'Sénégal' },
      ],
    });
    expect(summary?.rows).toEqual([
      { period: '2025', checklist: 'c', accepted: 2, superseded: 0, rejected: 0, 'not-submitted': 0, signed: 0, verified: 0, unsigned: 2 },
      { period: '2026', checklist: 'c', accepted: 1, superseded: 1, rejected: 1, 'not-submitted': 1, signed: 0, verified: 0, unsigned: 1 },
    ]);
    expect(parties?.rows.filter((r) => r['party'] === 'SEN' && r['period'] === '2026').map((r) => r['status'])).toEqual([
      'not-submitted',
      'rejected',
    ]);
  });
});

describe('exports', () => {
  const submission = (id: number, version: string): ExportSubmission => ({
    id,
    party_code: `P${id}`,
    party_name: `Party ${id}`,
    period: '2026',
    checklist_id: 'c',
    checklist_version: version,
    institution: 'Ministry',
    respondent_name: 'A. Person',
    respondent_contact: 'a@example.org',
    respondent_role: null,
    overall_score: 0.5,
    overall_band: 'low',
  });
  const answer = (submission_id: number, position: number, question: string, value: string): ExportAnswer => ({
    submission_id,
    position,
    question,
    section: 's',
    state: 'answered',
    value_text: value,
    score: 1,
    weight: 1,
    evidence: null,
    notes: null,
    justification: null,
    assistance: null,
  });
  const submissions = [submission(1, '1.0.0'), submission(2, '1.1.0')];
  const answers = [answer(1, 0, 'a', 'yes'), answer(1, 1, 'old', 'no'), answer(2, 0, 'a', 'partly'), answer(2, 1, 'new', 'yes')];

  it('wide: one column per question of any version, a question a version lacks is empty', () => {
    const wide = wideExport(submissions, answers, false);
    expect(wide.columns.slice(-3)).toEqual(['a', 'new', 'old']);
    expect(wide.rows.map((r) => [r['a'], r['old'], r['new']])).toEqual([
      ['yes', 'no', null],
      ['partly', null, 'yes'],
    ]);
  });

  it('--redact leaves out respondent names and contacts in both shapes', () => {
    for (const dataset of [wideExport(submissions, answers, true), longExport(submissions, answers, true)]) {
      expect(dataset.columns).not.toContain('respondent_name');
      expect(dataset.columns).not.toContain('respondent_contact');
      expect(JSON.stringify(dataset.rows)).not.toMatch(/A\. Person|a@example\.org/);
    }
    expect(longExport(submissions, answers, false).rows[0]).toMatchObject({ respondent_name: 'A. Person', question: 'a' });
  });
});
