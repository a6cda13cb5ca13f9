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
 * A copy of a parsed document in which every string (keys too) is
 * terminal-safe: for formatters that draw a whole report or checklist and
 * add colour of their own, so that only their own escape codes reach the
 * terminal. Only plain data (what a YAML or JSON file holds) is copied.
 */
export function terminalSafeDeep<T>(value: T): T {
  return safeCopy(value) as T;
}

function safeCopy(value: unknown): unknown {
  if (typeof value === 'string') return terminalSafe(value);
  if (Array.isArray(value)) return value.map(safeCopy);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    Object.defineProperty(copy, terminalSafe(key), { value: safeCopy(child), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
