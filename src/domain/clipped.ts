import { quotedWord, type PhraseParam, type QuotedWord } from './diagnostic.js';

/** Longest id, key or code quoted in full in a message; a longer one (a hostile file's) is cut. */
const MAX_QUOTED_LENGTH = 80;

/**
 * A word from the file, quoted (in the language's marks when written), cut
 * with "…" past MAX_QUOTED_LENGTH: a message's size never grows with the file's.
 */
export function clipped(word: string): QuotedWord {
  return quotedWord(word.length <= MAX_QUOTED_LENGTH ? word : `${word.slice(0, MAX_QUOTED_LENGTH)}…`);
}

/**
 * A text value from the file as JSON writes it between its quotes (a
 * control character or a quote escaped, so that nothing in it is invisible),
 * quoted in the language's marks and cut past `max` characters.
 */
export function quotedJsonText(text: string, max = MAX_QUOTED_LENGTH): QuotedWord {
  const inner = JSON.stringify(text).slice(1, -1);
  return quotedWord(inner.length <= max ? inner : `${inner.slice(0, max)}…`);
}

/**
 * Any JSON value from the file as a message shows it: a text quoted (as
 * quotedJsonText), anything else as its JSON, cut past MAX_QUOTED_LENGTH.
 */
export function jsonValueWord(value: unknown): PhraseParam {
  if (typeof value === 'string') return quotedJsonText(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length <= MAX_QUOTED_LENGTH ? json : `${json.slice(0, MAX_QUOTED_LENGTH)}…`;
}
