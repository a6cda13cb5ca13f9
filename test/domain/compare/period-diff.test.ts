import { describe, expect, it } from 'vitest';
import { listQuestions } from '../../../src/domain/checklist-model.js';
import { diffPeriods } from '../../../src/domain/compare/period-diff.js';
import { reportScores } from '../../../src/domain/compare/shared-questions.js';
import type { Report } from '../../../src/domain/schemas/report.js';
import { bundledChecklist, sampleReport } from '../../support/sample-reports.js';

async function setup(tweak: (answers: Report['answers']) => void, tweakBefore?: (answers: Report['answers']) => void) {
  const { checklist } = await bundledChecklist();
  const before = await sampleReport('SEN', '2024', tweakBefore ? { tweak: tweakBefore } : {});
  const after = await sampleReport('SEN', '2024', { tweak });
  const shared = {
    questions: listQuestions(checklist).map((q) => q.question.id),
    sections: checklist.sections.map((s) => s.id),
    pillars: (checklist.pillars ?? []).map((p) => p.id),
  };
  const side = (report: Report) => ({ report, checklist, scores: reportScores(report) });
  return diffPeriods(side(before), side(after), shared);
}

describe('diffPeriods', () => {
  it('finds nothing between a report and itself', async () => {
    const diff = await setup(() => undefined);
    expect(diff.answers).toEqual([]);
    expect(diff.overall.change).toBe(0);
    expect(diff.sections.every((s) => s.change === 0)).toBe(true);
  });

  it('lists each changed answer with its states and scores, and the change of each section', async () => {
    const diff = await setup((answers) => {
      answers['art5-1-criminalization-offence'] = { value: 'yes' };
      answers['art5-1-penalties'] = { value: 'no' };
    });
    const before = await sampleReport('SEN', '2024');
    const changed = ['art5-1-criminalization-offence', 'art5-1-penalties'].filter(
      (id) => before.answers[id]?.value !== (id === 'art5-1-penalties' ? 'no' : 'yes'),
    );
    expect(diff.answers.map((a) => a.question)).toEqual(changed);
    const offence = diff.answers.find((a) => a.question === 'art5-1-criminalization-offence');
    if (offence) expect(offence.after).toEqual({ state: 'answered', value: 'yes', score: 1 });
    const section = diff.sections.find((s) => s.id === 'criminalization');
    expect(section?.change).toBeCloseTo((section?.after ?? 0) - (section?.before ?? 0), 4);
    expect(diff.sections.filter((s) => s.change !== 0).map((s) => s.id)).toEqual(['criminalization']);
  });

  it('ignores the order of multiple choices, and counts a question newly asked as a change', async () => {
    const before = await sampleReport('SEN', '2024');
    const forms = before.answers['art3-a-exploitation-forms']?.value;
    const diff = await setup(
      (answers) => {
        if (Array.isArray(forms))
          answers['art3-a-exploitation-forms'] = { ...answers['art3-a-exploitation-forms'], value: [...forms].reverse() };
        answers['adherence-protocol-status'] = { value: 'signed-not-party' };
      },
      (answers) => {
        answers['adherence-protocol-status'] = { value: 'ratification' };
      },
    );
    const ids = diff.answers.map((a) => a.question);
    expect(ids).not.toContain('art3-a-exploitation-forms');
    expect(ids).toContain('adherence-protocol-status');
    // Not a party any more: the ratification questions are now asked.
    const stage = diff.answers.find((a) => a.question === 'ratification-stage');
    expect(stage?.before.state).toBe('hidden');
    expect(stage?.after.state).not.toBe('hidden');
  });
});
