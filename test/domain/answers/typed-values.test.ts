import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchOption, optionWords } from '../../../src/domain/answers/option-words.js';
import {
  localToday,
  localTodayNow,
  parseDate,
  parseDateAnswer,
  parseNumber,
  parseNumberAnswer,
  reservedWord,
} from '../../../src/domain/answers/typed-values.js';
import { checklistOf, options, q } from '../../support/arbitraries.js';
import { toolWords } from '../../../src/i18n/tool-words.js';

const WORDS = toolWords();

const checklist = checklistOf({
  s1: [
    q('tri', 'tri-state'),
    q('one', 'single', { options: options({ full: 1, other: 0.5 }) }),
    q('count', 'number', { min: 0, integer: true }),
    q('deposit', 'date'),
    q('planned', 'date', { allowFuture: true }),
  ],
});
const question = (id: string) => {
  const found = checklist.sections.flatMap((s) => s.questions).find((x) => x.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('parseNumber', () => {
  it('reads a decimal comma and normal, no-break, narrow and thin spaces between thousands', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('1 234')).toBe(1234);
    expect(parseNumber('1\u00a0234')).toBe(1234);
    expect(parseNumber('1\u202f234,75')).toBe(1234.75);
    expect(parseNumber('1\u2009234')).toBe(1234);
    expect(parseNumber('-3')).toBe(-3);
  });

  it('refuses what is not a number', () => {
    for (const text of ['', 'douze', '1,2,3', '12 %', '1e3x']) expect(parseNumber(text), text).toBeUndefined();
  });

  it("checks the question's bounds after reading", () => {
    expect(parseNumberAnswer('1 234', question('count'))).toEqual({ ok: true, value: 1234 });
    expect(parseNumberAnswer('12,5', question('count'))).toEqual({ ok: false, reason: 'integer' });
    expect(parseNumberAnswer('-1', question('count'))).toEqual({ ok: false, reason: 'min', limit: 0 });
  });
});

describe('parseDate', () => {
  it('reads DD/MM/YYYY (also with dots or dashes) and YYYY-MM-DD, as YYYY-MM-DD', () => {
    expect(parseDate('27/10/2003')).toBe('2003-10-27');
    expect(parseDate('7.3.2004')).toBe('2004-03-07');
    expect(parseDate('27-10-2003')).toBe('2003-10-27');
    expect(parseDate('2003-10-27')).toBe('2003-10-27');
  });

  it('refuses dates that do not exist', () => {
    for (const text of ['31/02/2025', '2025-13-01', '10/27/2003', 'hier']) expect(parseDate(text), text).toBeUndefined();
  });

  it('refuses a date after today unless the question allows it', () => {
    expect(parseDateAnswer('29/11/2026', question('deposit'), '2026-11-29')).toEqual({ ok: true, value: '2026-11-29' });
    expect(parseDateAnswer('30/11/2026', question('deposit'), '2026-11-29')).toEqual({ ok: false, reason: 'future', today: '2026-11-29' });
    expect(parseDateAnswer('30/11/2026', question('planned'), '2026-11-29')).toEqual({ ok: true, value: '2026-11-30' });
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('localTodayNow: the day it keeps follows the clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives localToday() at every instant: past midnight, and when the clock goes back', () => {
    vi.useFakeTimers();
    for (const at of [
      new Date(2026, 0, 5, 23, 59, 59, 999),
      new Date(2026, 0, 6, 0, 0, 0, 0),
      new Date(2026, 0, 6, 12, 0),
      new Date(2026, 0, 5, 8, 0),
      new Date(2027, 2, 28, 1, 30),
    ]) {
      vi.setSystemTime(at);
      expect(localTodayNow(), at.toString()).toBe(localToday(at));
    }
  });
});

describe('reservedWord', () => {
  it('reads "don\'t know" and "not applicable" in either language', () => {
    expect(reservedWord('Je ne sais pas', WORDS)).toBe('dont-know');
    expect(reservedWord('don’t know', WORDS)).toBe('dont-know');
    expect(reservedWord('Sans objet', WORDS)).toBe('not-applicable');
    expect(reservedWord('N/A', WORDS)).toBe('not-applicable');
    expect(reservedWord('non', WORDS)).toBeUndefined();
  });
});

describe('matchOption', () => {
  const fr = optionWords(checklist, question('tri'), 'fr', WORDS);
  it('takes a code, or a label of the language, case and accents ignored', () => {
    expect(matchOption('partly', fr, WORDS)).toEqual({ ok: true, code: 'partly' });
    expect(matchOption('EN PARTIE', fr, WORDS)).toEqual({ ok: true, code: 'partly' });
    expect(matchOption('oui', fr, WORDS)).toEqual({ ok: true, code: 'yes' });
    expect(matchOption('ne  sait pas', fr, WORDS)).toEqual({ ok: true, code: 'dont-know' });
    expect(matchOption('YES', fr, WORDS)).toEqual({ ok: true, code: 'yes' });
    expect(matchOption('Yes please', fr, WORDS)).toEqual({ ok: false, reason: 'unknown' });
  });

  it("takes the checklist's own labels of declared options", () => {
    expect(matchOption('FULL', optionWords(checklist, question('one'), 'en', WORDS), WORDS)).toEqual({ ok: true, code: 'full' });
  });

  it('says when a word names several options', () => {
    const words = [
      { code: 'a', label: 'Same', keys: ['a', 'same'] },
      { code: 'b', label: 'Same', keys: ['b', 'same'] },
    ];
    expect(matchOption('same', words, WORDS)).toEqual({ ok: false, reason: 'ambiguous', codes: ['a', 'b'] });
  });
});
