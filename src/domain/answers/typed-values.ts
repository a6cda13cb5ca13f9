import type { Question } from '../schemas/checklist.js';
import { NEUTRAL_RESERVED, type ReservedCode, type ToolWords } from './tool-words.js';

/**
 * What people write, read the same way whether they type it at a prompt or
 * write it in an answers file: numbers with a decimal comma and spaces between
 * thousands, dates day first or ISO, "don't know" and "not applicable" in
 * words. Pure: the caller turns a failure into a sentence in its language.
 */

const readers = new WeakMap<ToolWords, ReadonlyMap<string, ReservedCode>>();

const typedKey = (text: string): string => text.trim().toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

/**
 * Every word that answers "don't know" or "not applicable" in a text field,
 * in any language the tool speaks (a field has no list to pick them from, and
 * "nsp" in an English file means what it says), with the language-neutral
 * codes; built once per `ToolWords`.
 */
function reservedReader(words: ToolWords): ReadonlyMap<string, ReservedCode> {
  let reader = readers.get(words);
  if (reader) return reader;
  const map = new Map<string, ReservedCode>();
  const sources = [NEUTRAL_RESERVED, ...Object.values(words.byLanguage).map((w) => w.reserved)];
  for (const code of ['dont-know', 'not-applicable'] as const) {
    for (const source of sources) for (const word of source[code]) if (!map.has(typedKey(word))) map.set(typedKey(word), code);
  }
  reader = map;
  readers.set(words, reader);
  return reader;
}

/** The reserved code a typed word stands for, case and apostrophe style ignored. */
export function reservedWord(text: string, words: ToolWords): ReservedCode | undefined {
  return reservedReader(words).get(typedKey(text));
}

/** Why a typed value is refused; the caller words it. */
export type ParseFailure =
  | { reason: 'number' }
  | { reason: 'integer' }
  | { reason: 'min'; limit: number }
  | { reason: 'max'; limit: number }
  | { reason: 'date' }
  | { reason: 'future'; today: string };

export type Parsed<T> = { ok: true; value: T } | ({ ok: false } & ParseFailure);

// Normal, no-break (U+00A0), narrow no-break (U+202F) and thin (U+2009) spaces, and the apostrophe of Swiss usage.
const THOUSANDS = /[\s\u00a0\u2009\u202f']/g;

/** A number as people write it: "1 234", "1 234,5", "12,5", "12.5", "-3"; undefined otherwise. */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(THOUSANDS, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** A number within the question's bounds (whole when it asks for one). */
function checkNumber(value: number, question: Question): Parsed<number> {
  if (question.integer === true && !Number.isInteger(value)) return { ok: false, reason: 'integer' };
  if (question.min !== undefined && value < question.min) return { ok: false, reason: 'min', limit: question.min };
  if (question.max !== undefined && value > question.max) return { ok: false, reason: 'max', limit: question.max };
  return { ok: true, value };
}

/** A number typed by a person, within the question's bounds. */
export function parseNumberAnswer(text: string, question: Question): Parsed<number> {
  const value = parseNumber(text);
  return value === undefined ? { ok: false, reason: 'number' } : checkNumber(value, question);
}

/** True for a real calendar date written YYYY-MM-DD (no 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date as YYYY-MM-DD, or as DD/MM/YYYY (also with dots or dashes), the
 * order used in United Nations documents; as YYYY-MM-DD, or undefined when
 * it is not a real date.
 */
export function parseDate(text: string): string | undefined {
  const typed = text.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  const iso = dayFirst ? `${dayFirst[3]}-${dayFirst[2]?.padStart(2, '0')}-${dayFirst[1]?.padStart(2, '0')}` : typed;
  return isIsoDate(iso) ? iso : undefined;
}

/** Today's date where the official is, YYYY-MM-DD: a deposit made this morning in Dakar is not "in the future". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local day localTodayNow last gave, with the instants where it starts and ends. */
let currentDay: { text: string; from: number; until: number } | undefined;

/**
 * localToday() for a caller that asks for every file of a batch: the local
 * date and time of the clock cost more than checking one report's dates, so
 * the day is kept, with its bounds, until the clock leaves it.
 */
export function localTodayNow(): string {
  const now = Date.now();
  if (currentDay === undefined || now < currentDay.from || now >= currentDay.until) {
    const date = new Date(now);
    const [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()];
    currentDay = { text: localToday(date), from: new Date(year, month, day).getTime(), until: new Date(year, month, day + 1).getTime() };
  }
  return currentDay.text;
}

/** A date already written YYYY-MM-DD, refused when after `today` unless the question allows a future date. */
export function checkDate(iso: string, question: Question, today: string): Parsed<string> {
  if (question.allowFuture !== true && iso > today) return { ok: false, reason: 'future', today };
  return { ok: true, value: iso };
}

/** A date typed by a person, as YYYY-MM-DD, not after today unless the question allows it. */
export function parseDateAnswer(text: string, question: Question, today: string = localToday()): Parsed<string> {
  const iso = parseDate(text);
  return iso === undefined ? { ok: false, reason: 'date' } : checkDate(iso, question, today);
}
