import { describe, expect, it } from 'vitest';
import { listQuestions } from '../../../src/domain/checklist-model.js';
import { reportScores, scoresOn, sharedIds, sharedQuestionIds } from '../../../src/domain/compare/shared-questions.js';
import { bundledChecklist, laterChecklistVersion, sampleReport } from '../../support/sample-reports.js';

describe('sharedQuestionIds', () => {
  it('keeps the questions every version has, in the order of the first', async () => {
    const { checklist } = await bundledChecklist();
    const later = await laterChecklistVersion();
    const shared = sharedQuestionIds([checklist, later.checklist]);
    const all = listQuestions(checklist).map((q) => q.question.id);
    expect(shared).toEqual(all.filter((id) => id !== later.removed));
    expect(shared).not.toContain(later.added);
    expect(sharedQuestionIds([checklist])).toEqual(all);
    expect(sharedQuestionIds([])).toEqual([]);
  });

  it('keeps the sections or pillars every version has, in the order of the last', () => {
    expect(
      sharedIds([
        ['a', 'b', 'c'],
        ['c', 'a', 'd'],
      ]),
    ).toEqual(['c', 'a']);
    expect(sharedIds([])).toEqual([]);
  });
});

describe('scoresOn', () => {
  it('gives exactly the report’s own scores when every question is kept', async () => {
    const { checklist } = await bundledChecklist();
    for (const code of ['FRA', 'KEN', 'SEN']) {
      const report = await sampleReport(code, '2025');
      const all = new Set(listQuestions(checklist).map((q) => q.question.id));
      expect(scoresOn({ report, checklist }, all)).toEqual(reportScores(report));
    }
  });

  it('leaves out the questions not kept, from the score and its maximum', async () => {
    const { checklist } = await bundledChecklist();
    const report = await sampleReport('GBR', '2025', {
      tweak: (answers) => {
        answers['art5-1-criminalization-offence'] = { value: 'no' };
      },
    });
    const all = listQuestions(checklist).map((q) => q.question.id);
    const without = new Set(all.filter((id) => id !== 'art5-1-criminalization-offence'));
    const full = reportScores(report);
    const partial = scoresOn({ report, checklist }, without);
    // A "no" removed from the criminalization section can only raise it.
    expect(partial.sections.get('criminalization')?.score ?? 0).toBeGreaterThan(full.sections.get('criminalization')?.score ?? 1);
    expect(partial.sections.get('adherence')).toEqual(full.sections.get('adherence'));
    expect(partial.overall.score ?? 0).toBeGreaterThan(full.overall.score ?? 1);
  });

  it('says "not assessed" when no kept question is scored', async () => {
    const { checklist } = await bundledChecklist();
    const report = await sampleReport('FRA', '2025');
    const scores = scoresOn({ report, checklist }, new Set(['adherence-protocol-deposit-date']));
    expect(scores.overall).toEqual({ score: null, band: null });
  });
});
