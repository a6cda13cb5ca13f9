import { escapeCharacter, jsonTerminalSafe, terminalSafe } from '../domain/visible-text.js';

export { jsonTerminalSafe, terminalSafe };

/**
 * For a one-line field (a table cell, a heading): also newlines and tabs, and
 * the Unicode line and paragraph separators, written visibly.
 */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text).replace(/[\n\t\u2028\u2029]/g, escapeCharacter);
}

/**
 * A parsed document in which every string (keys too) is terminal-safe: for
 * formatters that draw a whole report or checklist and add colour of their
 * own, so that only their own escape codes reach the terminal. Only plain data
 * (what a YAML or JSON file holds) is copied, and only the parts that hold an
 * unsafe string: the rest is the value itself, as formatters do not change
 * what they draw (`show` of one report copied 180 kB of checklist for nothing).
 */
export function terminalSafeDeep<T>(value: T): T {
  // Documents seldom hold an unsafe string: looking for one costs less than building the
  // entries of every object to compare them (a third of a millisecond of `show`'s start-up).
  return holdsUnsafe(value) ? (safeCopy(value) as T) : value;
}

/**
 * What holds an unsafe character in JSON.stringify's text: the characters it writes as they are
 * (DEL, C1 controls, bidirectional controls) and its escapes of the C0 controls but for line feed
 * and tab (\b, \f, \r, \u00xx). An escaped backslash before b, f, r or u00… matches too: that
 * costs the walk below, never a wrong answer.
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\\(?:[bfr]|u00(?:0[0-7bef]|1[0-9a-f]))/;

/**
 * terminalSafeDeep of a parsed document (what a JSON or YAML file holds: strings, numbers,
 * booleans, null, arrays and plain objects, every string reached by JSON.stringify): the same
 * value, looked for unsafe strings by one JSON.stringify and one regular expression, native
 * code, where holdsUnsafe's walk runs cold in the interpreter over every string of a checklist
 * (≈ 10 M instructions of `show`'s start-up). A document that holds an unsafe string (or one
 * JSON.stringify refuses) goes through terminalSafeDeep.
 */
export function terminalSafeDocument<T>(value: T): T {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return terminalSafeDeep(value);
  }
  return text === undefined || UNSAFE_IN_JSON.test(text) ? terminalSafeDeep(value) : value;
}

/** Whether safeCopy would copy anything: the same strings, keys and children, read once. */
function holdsUnsafe(value: unknown): boolean {
  if (typeof value === 'string') return terminalSafe(value) !== value;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return (value as unknown[]).some(holdsUnsafe);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (terminalSafe(key) !== key || holdsUnsafe(record[key])) return true;
  return false;
}

function safeCopy(value: unknown): unknown {
  if (typeof value === 'string') return terminalSafe(value);
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    const copy = items.map(safeCopy);
    return copy.some((item, i) => item !== items[i]) ? copy : value;
  }
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const safe = entries.map(([key, child]): [string, unknown] => [terminalSafe(key), safeCopy(child)]);
  if (safe.every(([key, child], i) => key === entries[i]?.[0] && child === entries[i]?.[1])) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of safe) Object.defineProperty(copy, key, { value: child, enumerable: true, writable: true, configurable: true });
  return copy;
}
