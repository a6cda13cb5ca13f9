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

describe('describeValue', () => {
  const checklist = checklistOf({ s1: [q('deposit', 'date')] });
  const question = checklist.sections[0]?.questions[0];

  it('writes a stored date as the language writes dates, never as the ISO text of the file', () => {
    if (!question) throw new Error('no question');
    expect(describeValue(checklist, question, '2003-10-27', 'fr', translator(MESSAGES, 'fr'))).toBe('27 octobre 2003');
    expect(describeValue(checklist, question, '2003-10-27', 'en', translator(MESSAGES, 'en'))).toBe('27 October 2003');
  });
});
