import { isIsoDate } from '../domain/answers/check-answers.js';
import type { Question } from '../domain/schemas/checklist.js';
import { parseLocaleNumber } from '../i18n/numbers.js';
import type { Translate } from '../i18n/translate.js';
import type { MessageKey } from './messages.js';

/**
 * Words that answer "don't know" or "not applicable" in a text field, in
 * either language: a field has no list to pick them from.
 */
const RESERVED_WORDS: Record<'dont-know' | 'not-applicable', string[]> = {
  'dont-know': ['dk', "don't know", 'dont know', 'nsp', 'je ne sais pas', 'ne sais pas'],
  'not-applicable': ['na', 'n/a', 'not applicable', 'so', 's.o.', 'sans objet'],
};

export function reservedWord(text: string): 'dont-know' | 'not-applicable' | undefined {
  const typed = text.trim().toLowerCase().replace(/’/g, "'");
  if (RESERVED_WORDS['dont-know'].includes(typed)) return 'dont-know';
  if (RESERVED_WORDS['not-applicable'].includes(typed)) return 'not-applicable';
  return undefined;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A number typed by a person: decimal comma or point, spaces between thousands; within the question's bounds. */
export function parseNumberAnswer(text: string, question: Question, t: Translate<MessageKey>): Parsed<number> {
  const value = parseLocaleNumber(text);
  if (value === undefined || !Number.isFinite(value)) return { ok: false, message: t('invalid.number') };
  if (question.integer === true && !Number.isInteger(value)) return { ok: false, message: t('invalid.integer') };
  if (question.min !== undefined && value < question.min) return { ok: false, message: t('invalid.min', { min: question.min }) };
  if (question.max !== undefined && value > question.max) return { ok: false, message: t('invalid.max', { max: question.max }) };
  return { ok: true, value };
}

/**
 * A date as YYYY-MM-DD, or as DD/MM/YYYY (also with dots or dashes), the
 * order used in United Nations documents; stored as YYYY-MM-DD.
 */
export function parseDateAnswer(text: string, t: Translate<MessageKey>): Parsed<string> {
  const typed = text.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  const iso = dayFirst ? `${dayFirst[3]}-${dayFirst[2]?.padStart(2, '0')}-${dayFirst[1]?.padStart(2, '0')}` : typed;
  if (isIsoDate(iso)) return { ok: true, value: iso };
  return { ok: false, message: t('invalid.date') };
}
