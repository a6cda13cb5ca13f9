import type { ReservedCode } from '../domain/answers/tool-words.js';
import {
  parseDateAnswer as parseDate,
  parseNumberAnswer as parseNumber,
  reservedWord as readReserved,
  type ParseFailure,
  type Parsed as DomainParsed,
} from '../domain/answers/typed-values.js';
import type { Question } from '../domain/schemas/checklist.js';
import type { Translate } from '../i18n/translate.js';
import { toolWords } from '../i18n/tool-words.js';
import type { MessageKey } from './messages.js';

// The reading itself is the domain's, shared with answers files: only the wording is here.

/** The reserved code a typed word stands for, in any language the tool speaks (the catalogues' words). */
export const reservedWord = (text: string): ReservedCode | undefined => readReserved(text, toolWords());

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function worded<T>(parsed: DomainParsed<T>, t: Translate<MessageKey>): Parsed<T> {
  return parsed.ok ? parsed : { ok: false, message: failureMessage(parsed, t) };
}

function failureMessage(failure: ParseFailure, t: Translate<MessageKey>): string {
  switch (failure.reason) {
    case 'number':
      return t('invalid.number');
    case 'integer':
      return t('invalid.integer');
    case 'min':
      return t('invalid.min', { min: failure.limit });
    case 'max':
      return t('invalid.max', { max: failure.limit });
    case 'date':
      return t('invalid.date');
    case 'future':
      return t('invalid.future-date');
  }
}

/** A number typed by a person: decimal comma or point, spaces between thousands; within the question's bounds. */
export function parseNumberAnswer(text: string, question: Question, t: Translate<MessageKey>): Parsed<number> {
  return worded(parseNumber(text, question), t);
}

/**
 * A date as YYYY-MM-DD or DD/MM/YYYY, stored as YYYY-MM-DD; with the question,
 * a date after today is refused unless the question allows it.
 */
export function parseDateAnswer(text: string, t: Translate<MessageKey>, question?: Question): Parsed<string> {
  return worded(parseDate(text, question ?? { id: '', type: 'date', text: '', allowFuture: true }), t);
}
