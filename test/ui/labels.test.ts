import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.js';
import { answerChoices, describeValue } from '../../src/ui/labels.js';
import { MESSAGES } from '../../src/ui/messages.js';
import { checklistOf, q } from '../support/arbitraries.js';

describe('answerChoices', () => {
  const checklist = checklistOf({ s1: [q('return', 'tri-state', { allowNotApplicable: true, notApplicableFor: ['organization'] })] });
  const question = checklist.sections[0]?.questions[0];
  const t = translator(MESSAGES, 'fr');

  it('offers "not applicable" only to the kinds of respondent the question names', () => {
    if (!question) throw new Error('no question');
    const codes = (respondent?: 'state' | 'organization') => answerChoices(checklist, question, 'fr', t, respondent).map((c) => c.value);
    expect(codes('state')).not.toContain('not-applicable');
    expect(codes('organization')).toContain('not-applicable');
    expect(codes()).toContain('not-applicable');
  });
});

describe("answerChoices: the other words of the tool's labels", () => {
  const checklist = checklistOf({ s1: [q('offence', 'tri-state', { allowDontKnow: true, allowNotApplicable: true })] });
  const question = checklist.sections[0]?.questions[0];

  it('come from the catalogue of the language the session speaks, never shown as labels', () => {
    if (!question) throw new Error('no question');
    const fr = answerChoices(checklist, question, 'fr', translator(MESSAGES, 'fr'));
    expect(fr.find((c) => c.value === 'partly')).toMatchObject({ label: 'En partie', aliases: ['Partiellement'] });
    expect(fr.find((c) => c.value === 'dont-know')?.aliases).toContain('nsp');
    expect(fr.find((c) => c.value === 'not-applicable')?.aliases).toEqual(expect.arrayContaining(['Non applicable', 'so']));
    expect(fr.find((c) => c.value === 'yes')?.aliases).toBeUndefined();
    const en = answerChoices(checklist, question, 'en', translator(MESSAGES, 'en'));
    expect(en.find((c) => c.value === 'partly')).toMatchObject({ label: 'Partly', aliases: ['Partially', 'In part'] });
  });
});

describe('describeValue', () => {
  const checklist = checklistOf({ s1: [q('deposit', 'date')] });
  const question = checklist.sections[0]?.questions[0];

  it('writes a stored date as the language writes dates, never as the ISO text of the file', () => {
    if (!question) throw new Error('no question');
    expect(describeValue(checklist, question, '2003-10-27', 'fr', translator(MESSAGES, 'fr'))).toBe('27 octobre 2003');
    expect(describeValue(checklist, question, '2003-10-27', 'en', translator(MESSAGES, 'en'))).toBe('27 October 2003');
  });
});
