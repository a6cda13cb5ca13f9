import { describe, expect, it } from 'vitest';
import { answeredSections, refusedForRespondent } from '../../../src/domain/answers/merge-checklist.js';
import { bundledChecklist } from '../../support/sample-reports.js';
import { toolWords } from '../../../src/i18n/tool-words.js';

const WORDS = toolWords();

describe('what a merge checks and writes once its checklist is known', () => {
  it('writes every section a department answered, once', async () => {
    const { checklist } = await bundledChecklist();
    const [first, second] = checklist.sections;
    if (!first || !second) throw new Error('the bundled checklist has two sections');
    const a = first.questions[0]?.id ?? '';
    const b = first.questions[1]?.id ?? '';
    const c = second.questions[0]?.id ?? '';
    const answers = { [c]: { value: null }, [a]: { value: null }, [b]: { value: null }, unknown: { value: null } };
    expect(answeredSections(checklist, answers)).toEqual([second.id, first.id]);
    expect(answeredSections(checklist, {})).toEqual([]);
  });

  it('refuses "not applicable" reserved to other respondents, and nothing else', async () => {
    const { checklist } = await bundledChecklist();
    const reserved = checklist.sections.flatMap((s) => s.questions).find((q) => q.notApplicableFor?.includes('organization'));
    if (!reserved) throw new Error('the bundled checklist reserves "not applicable" to organizations');
    const answers = { [reserved.id]: { value: 'not-applicable' }, unknown: { value: 'yes' } };
    const refused = refusedForRespondent(checklist, answers, 'state', WORDS);
    expect(refused.map((f) => [f.code, f.pointer])).toEqual([
      ['answer-not-applicable-not-for-respondent', `/answers/${reserved.id}/value`],
    ]);
    expect(refusedForRespondent(checklist, answers, 'organization', WORDS)).toEqual([]);
  });
});
