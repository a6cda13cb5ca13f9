import { english } from '../../support/english.js';
import { describe, expect, it } from 'vitest';
import { checkAnswers, isIsoDate, readAnswers } from '../../../src/domain/answers/check-answers.js';
import type { Answer } from '../../../src/domain/schemas/answers.js';
import { checklistOf, options, q } from '../../support/arbitraries.js';
import { toolWords } from '../../../src/i18n/tool-words.js';
import { writeText } from '../../../src/i18n/write-text.js';
import { questionStates } from '../../../src/domain/scoring/question-state.js';

const WORDS = toolWords();

const checklist = checklistOf({
  s1: [
    q('yn', 'yes-no', { allowNotApplicable: true, assistance: ['legal'] }),
    q('tri', 'tri-state', { allowDontKnow: false }),
    q('one', 'single', { options: options({ full: 1, other: 0.5 }, { other: { withText: true } }) }),
    q('many', 'multiple', {
      options: options({ a: 0.5, b: 0.5, other: 0.2, none: 0 }, { other: { withText: true }, none: { exclusive: true } }),
    }),
  ],
  s2: [
    q('num', 'number', { min: 0, max: 100, integer: true }),
    q('day', 'date'),
    q('txt', 'text', { assistance: true }),
    q('cond', 'yes-no', { when: { question: 'yn', equals: 'yes' } }),
  ],
});

/** [code, pointer] of every finding. */
const check = (answers: Record<string, Answer>) => checkAnswers(checklist, answers, WORDS).map((f) => [f.code, f.pointer]);

describe('checkAnswers', () => {
  it('accepts valid answers', () => {
    expect(
      checkAnswers(
        checklist,
        {
          yn: { value: 'yes', assistance: ['legal'] },
          tri: { value: 'partly' },
          one: { value: 'other', optionText: { other: 'Decree' } },
          many: { value: ['a', 'other'], optionText: { other: 'Hotline' } },
          num: { value: 12 },
          day: { value: '2024-02-29' },
          txt: { value: 'Law 12/2020', assistance: ['legal', 'training'] },
          cond: { value: 'no' },
        },
        WORDS,
      ),
    ).toEqual([]);
  });

  it('takes the states a caller computed when every value reads as written, and computes them otherwise', () => {
    const answers: Record<string, Answer> = { yn: { value: 'no' }, cond: { value: 'yes' } };
    const states = questionStates(checklist, answers);
    expect(checkAnswers(checklist, answers, WORDS, '/answers', undefined, { states }).map((f) => f.code)).toEqual([
      'answer-hidden-question',
    ]);
    // Whatever states are given, "Yes" reads as "yes", and cond is visible then.
    const written: Record<string, Answer> = { yn: { value: 'Yes' }, cond: { value: 'yes' } };
    expect(checkAnswers(checklist, written, WORDS, '/answers', undefined, { states })).toEqual([]);
  });

  it('answer-unknown-question', () => {
    const [finding] = checkAnswers(checklist, { txtt: { value: 'yes' } }, WORDS);
    expect(finding).toMatchObject({ code: 'answer-unknown-question', severity: 'error', pointer: '/answers/txtt' });
    expect(english(finding?.message)).toContain('did you mean "txt"?');
  });

  it('answer-invalid-option, listing the allowed codes', () => {
    expect(check({ one: { value: 'fulll' } })).toEqual([['answer-invalid-option', '/answers/one/value']]);
    expect(english(checkAnswers(checklist, { yn: { value: 'maybe' } }, WORDS)[0]?.message)).toBe(
      '"maybe" is not an option of question "yn"; allowed: yes (Yes), no (No), dont-know (Don\'t know), not-applicable (Not applicable)',
    );
    expect(check({ many: { value: ['a', 'b', 'c'] } })).toEqual([['answer-invalid-option', '/answers/many/value/2']]);
    expect(check({ many: { value: ['a', 'dont-know'] } })).toEqual([['answer-invalid-option', '/answers/many/value/1']]);
  });

  it('answer-duplicate-option (warning)', () => {
    expect(checkAnswers(checklist, { many: { value: ['a', 'b', 'a'] } }, WORDS)).toEqual([
      expect.objectContaining({ code: 'answer-duplicate-option', severity: 'warning', pointer: '/answers/many/value/2' }),
    ]);
  });

  it('answer-wrong-type', () => {
    expect(check({ yn: { value: ['yes'] } })).toEqual([['answer-wrong-type', '/answers/yn/value']]);
    expect(check({ many: { value: 'a' } })).toEqual([['answer-wrong-type', '/answers/many/value']]);
    expect(check({ num: { value: 'twelve' } })).toEqual([['answer-wrong-type', '/answers/num/value']]);
    expect(check({ txt: { value: 2020 } })).toEqual([['answer-wrong-type', '/answers/txt/value']]);
    expect(check({ day: { value: 20240229 } })).toEqual([['answer-wrong-type', '/answers/day/value']]);
    expect(english(checkAnswers(checklist, { num: { value: 'twelve' } }, WORDS)[0]?.message)).toContain('write it as 1234, 1 234 or 12,5');
  });

  it('answer-out-of-bounds', () => {
    expect(check({ num: { value: -1 } })).toEqual([['answer-out-of-bounds', '/answers/num/value']]);
    expect(check({ num: { value: 101 } })).toEqual([['answer-out-of-bounds', '/answers/num/value']]);
    const [fraction] = checkAnswers(checklist, { num: { value: 2.5 } }, WORDS);
    expect(fraction?.code).toBe('answer-out-of-bounds');
    expect(english(fraction?.message)).toBe('2.5 is not a whole number for question "num"');
    expect(check({ num: { value: 0 } })).toEqual([]);
    expect(check({ num: { value: 100 } })).toEqual([]);
  });

  it('answer-invalid-date', () => {
    expect(check({ day: { value: '2025-02-29' } })).toEqual([['answer-invalid-date', '/answers/day/value']]);
    expect(check({ day: { value: '31/02/2025' } })).toEqual([['answer-invalid-date', '/answers/day/value']]);
    expect(check({ day: { value: 'last spring' } })).toEqual([['answer-invalid-date', '/answers/day/value']]);
    // The date is quoted once, in the marks of the language it is written in.
    const [invalid] = checkAnswers(checklist, { day: { value: '31/02/2025' } }, WORDS);
    expect(english(invalid?.message)).toMatch(/^"31\/02\/2025" is not a real date: /);
    expect(writeText(invalid?.message ?? '', 'fr')).toMatch(/^«\u00a031\/02\/2025\u00a0» n’est pas une date réelle\u00a0: /);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
  });

  it('answer-dont-know-not-allowed', () => {
    expect(check({ tri: { value: 'dont-know' } })).toEqual([['answer-dont-know-not-allowed', '/answers/tri/value']]);
    expect(check({ one: { value: 'dont-know' } })).toEqual([]);
  });

  it('answer-not-applicable-not-allowed', () => {
    expect(check({ tri: { value: 'not-applicable', justification: 'x' } })).toEqual([
      ['answer-not-applicable-not-allowed', '/answers/tri/value'],
    ]);
  });

  it('answer-missing-justification', () => {
    expect(check({ yn: { value: 'not-applicable' } })).toEqual([['answer-missing-justification', '/answers/yn']]);
    expect(check({ yn: { value: 'not-applicable', justification: '  ' } })).toEqual([
      ['answer-missing-justification', '/answers/yn/justification'],
    ]);
    expect(check({ yn: { value: 'not-applicable', justification: 'No coastline.' } })).toEqual([]);
  });

  it('a justification made only of invisible characters is no justification', () => {
    for (const invisible of ['\u200b\u200b', '\u200d\ufeff', '\u2060 \u00a0', '\u202e\u200f', '\u3000\t']) {
      expect(check({ yn: { value: 'not-applicable', justification: invisible } }), JSON.stringify(invisible)).toEqual([
        ['answer-missing-justification', '/answers/yn/justification'],
      ]);
    }
    expect(check({ yn: { value: 'not-applicable', justification: '\u200b—' } })).toEqual([]);
  });

  it('answer-exclusive-combined', () => {
    expect(check({ many: { value: ['a', 'none'] } })).toEqual([['answer-exclusive-combined', '/answers/many/value/1']]);
    expect(check({ many: { value: ['none'] } })).toEqual([]);
  });

  it('answer-missing-option-text (warning)', () => {
    expect(checkAnswers(checklist, { one: { value: 'other' } }, WORDS)).toEqual([
      expect.objectContaining({ code: 'answer-missing-option-text', severity: 'warning', pointer: '/answers/one/value' }),
    ]);
    expect(check({ many: { value: ['a', 'other'], optionText: { other: '' } } })).toEqual([
      ['answer-missing-option-text', '/answers/many/value/1'],
    ]);
  });

  it('answer-unknown-assistance-category', () => {
    expect(check({ yn: { value: 'yes', assistance: ['legal', 'training'] } })).toEqual([
      ['answer-unknown-assistance-category', '/answers/yn/assistance/1'],
    ]);
    expect(check({ tri: { value: 'yes', assistance: ['legal'] } })).toEqual([
      ['answer-unknown-assistance-category', '/answers/tri/assistance/0'],
    ]);
    expect(check({ txt: { value: 'x', assistance: ['funding'] } })).toEqual([
      ['answer-unknown-assistance-category', '/answers/txt/assistance/0'],
    ]);
  });

  it('answer-hidden-question (warning), only when the hidden answer holds a value', () => {
    expect(checkAnswers(checklist, { yn: { value: 'no' }, cond: { value: 'yes' } }, WORDS)).toEqual([
      expect.objectContaining({ code: 'answer-hidden-question', severity: 'warning', pointer: '/answers/cond' }),
    ]);
    expect(check({ yn: { value: 'no' }, cond: { value: null } })).toEqual([]);
  });

  it('puts findings under the base pointer', () => {
    expect(checkAnswers(checklist, { yn: { value: 'maybe' } }, WORDS, '/draft/answers').map((f) => f.pointer)).toEqual([
      '/draft/answers/yn/value',
    ]);
  });
});

describe('checkAnswers: "not applicable" restricted to kinds of respondent', () => {
  const reio = checklistOf({ s1: [q('return', 'tri-state', { allowNotApplicable: true, notApplicableFor: ['organization'] })] });
  const na: Record<string, Answer> = { return: { value: 'not-applicable', justification: 'Outside the competence of the organization.' } };

  it('refuses it from a State, naming who may use it, at the value', () => {
    const findings = checkAnswers(reio, na, WORDS, '/answers', 'state');
    expect(findings).toEqual([
      expect.objectContaining({ code: 'answer-not-applicable-not-for-respondent', severity: 'error', pointer: '/answers/return/value' }),
    ]);
    expect(english(findings[0]?.message)).toContain(
      'only a regional economic integration organization may answer question "return" "not applicable"',
    );
  });

  it('accepts it from an organization, and waits for the respondent when none is named', () => {
    expect(checkAnswers(reio, na, WORDS, '/answers', 'organization')).toEqual([]);
    expect(checkAnswers(reio, na, WORDS, '/answers')).toEqual([]);
  });
});

describe('answers written as people write them', () => {
  const inFrench = (answers: Record<string, Answer>) =>
    checkAnswers(checklist, answers, WORDS, '/answers', undefined, { language: 'fr', today: '2026-11-29' });

  it("accepts the labels of the file's language, case and accents ignored, and stores their codes", () => {
    const written = { yn: { value: 'OUI' }, tri: { value: 'en partie' }, cond: { value: 'Non' }, one: { value: 'Ne sait pas' } };
    expect(inFrench(written)).toEqual([]);
    expect(readAnswers(checklist, written, WORDS, { language: 'fr' })).toEqual({
      yn: { value: 'yes' },
      tri: { value: 'partly' },
      cond: { value: 'no' },
      one: { value: 'dont-know' },
    });
  });

  it('answers a word of another language, or a near miss, with "did you mean"', () => {
    const [oui] = checkAnswers(checklist, { yn: { value: 'oui' } }, WORDS, '/answers', undefined, { language: 'en' });
    expect(oui).toMatchObject({ code: 'answer-invalid-option', pointer: '/answers/yn/value' });
    expect(english(oui?.message)).toContain('did you mean `yes` (Yes)?');
    const [typo] = inFrench({ tri: { value: 'en partei' } });
    expect(english(typo?.message)).toContain('did you mean `partly` (En partie)?');
    const [nothing] = inFrench({ yn: { value: 'peut-être' } });
    expect(english(nothing?.message)).not.toContain('did you mean');
  });

  it('reads dates day first or ISO, and refuses a date after today', () => {
    expect(inFrench({ day: { value: '27/10/2003' } })).toEqual([]);
    expect(readAnswers(checklist, { day: { value: '27/10/2003' } }, WORDS).day?.value).toBe('2003-10-27');
    expect(inFrench({ day: { value: '2026-11-29' } })).toEqual([]);
    const [future] = inFrench({ day: { value: '30/11/2026' } });
    expect(future).toMatchObject({ code: 'answer-future-date', pointer: '/answers/day/value' });
    expect(english(future?.message)).toContain('2026-11-30 is after today (2026-11-29)');
  });

  it('reads numbers with a decimal comma and spaces between thousands, then checks their bounds', () => {
    expect(readAnswers(checklist, { num: { value: '1\u202f0' } }, WORDS).num?.value).toBe(10);
    expect(inFrench({ num: { value: '12' } })).toEqual([]);
    expect(inFrench({ num: { value: '1 234' } })).toEqual(
      [['answer-out-of-bounds', '/answers/num/value']].map(([code, pointer]) => expect.objectContaining({ code, pointer })),
    );
    expect(english(inFrench({ num: { value: '12,5' } })[0]?.message)).toBe('12.5 is not a whole number for question "num"');
  });

  it('reads "don\'t know" in words in a field, as the interactive mode does', () => {
    expect(readAnswers(checklist, { txt: { value: 'Je ne sais pas' } }, WORDS).txt?.value).toBe('dont-know');
  });

  it('keeps a list of codes as written (the same answer), and reads a list of labels into codes', () => {
    // As written: checkAnswers then uses the question states validate gives it, not states of its own.
    const codes = { many: { value: ['a', 'other'], optionText: { other: 'Hotline' } } };
    expect(readAnswers(checklist, codes, WORDS).many).toBe(codes.many);
    const labels = { many: { value: ['A', 'other'], optionText: { other: 'Hotline' } } };
    expect(readAnswers(checklist, labels, WORDS).many).toEqual({ value: ['a', 'other'], optionText: { other: 'Hotline' } });
  });
});

describe('checkAnswers reads own answers only, in the order Object.keys gives', () => {
  it('leaves out what the answers object inherits, and checks ids that read as numbers first, as Object.keys lists them', () => {
    const c = checklistOf({ s1: [q('a', 'yes-no'), q('b', 'yes-no')] });
    const inheriting = Object.create({ inherited: { value: 'yes' } }) as Record<string, Answer>;
    inheriting['zz'] = { value: 'yes' };
    inheriting['9'] = { value: 'yes' };
    inheriting['a'] = { value: 'maybe' };
    inheriting['1'] = { value: 'yes' };
    expect(checkAnswers(c, inheriting, WORDS).map((f) => [f.code, f.pointer])).toEqual([
      ['answer-unknown-question', '/answers/1'],
      ['answer-unknown-question', '/answers/9'],
      ['answer-unknown-question', '/answers/zz'],
      ['answer-invalid-option', '/answers/a/value'],
    ]);
  });
});
