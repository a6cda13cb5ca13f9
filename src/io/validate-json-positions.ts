import type { Position } from '../domain/diagnostic.js';
import { pointerSegments } from './pointer-segments.js';
import type { Range } from './yaml-locate.js';

/**
 * Lines and columns of JSON pointers in a JSON text that JSON.parse accepted,
 * found by scanning the text: no tree is built, so a failing 40 kB report is
 * located in well under a millisecond, where parsing it again as YAML takes
 * about ten. Same answers as the YAML locator (tested on every pointer of the
 * fixtures): the value's range, the nearest existing parent for a missing
 * one, the first of duplicated keys, and with `at: 'key'` the key's range.
 */
export type Locate = (pointer: string, at?: 'value' | 'key') => Range | undefined;

interface Span {
  start: number;
  end: number;
}

/** Offsets where each line starts; indexOf rather than a regular expression's matches, one object each. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

export function jsonLocator(source: string): Locate {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let lineStarts: number[] | undefined;
  const position = (offset: number): Position => {
    lineStarts ??= lineStartsOf(text);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  const range = (span: Span | undefined): Range | undefined => span && { start: position(span.start), end: position(span.end) };

  // Character codes rather than one-character strings: a failing report is scanned over tens of kilobytes.
  const length = text.length;
  const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
  const skipSpace = (i: number): number => {
    let at = i;
    while (at < length && isSpace(text.charCodeAt(at))) at++;
    return at;
  };
  const stringEnd = (i: number): number => {
    let at = i + 1;
    for (let c = text.charCodeAt(at); at < length && c !== 34 /* " */; c = text.charCodeAt(at)) at += c === 92 /* \ */ ? 2 : 1;
    return at + 1;
  };
  // Indexes built once per document, on first use: locating N findings costs about one scan of the text, not N.
  const ends = new Map<number, number>();
  // `next`: where the next member or item not yet indexed starts; undefined once all are.
  const members = new Map<number, { found: Map<string, { key: Span; value: number }>; next: number | undefined }>();
  const items = new Map<number, { starts: number[]; next: number | undefined }>();
  const valueEnd = (i: number): number => {
    const known = ends.get(i);
    if (known !== undefined) return known;
    const end = scanValueEnd(i);
    ends.set(i, end);
    return end;
  };
  const scanValueEnd = (i: number): number => {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) return stringEnd(i);
    if (c !== 123 /* { */ && c !== 91 /* [ */) {
      let at = i;
      for (let d = text.charCodeAt(at); at < length && !isSpace(d) && d !== 44 && d !== 93 && d !== 125; d = text.charCodeAt(at)) at++;
      return at;
    }
    let depth = 0;
    for (let at = i; at < length; at++) {
      const d = text.charCodeAt(at);
      if (d === 34) at = stringEnd(at) - 1;
      else if (d === 123 || d === 91) depth++;
      else if ((d === 125 || d === 93) && --depth === 0) return at + 1;
    }
    return length;
  };

  /** Start of the next member or item; the closing bracket (never a member) when there is none. */
  const afterComma = (end: number): number => {
    const at = skipSpace(end);
    return text.charAt(at) === ',' ? skipSpace(at + 1) : at;
  };

  /**
   * The member `key` of the object at `i` (the first one with that name).
   * Members are indexed as far as the one asked for, not beyond: a finding
   * early in a report (an answer) does not scan the whole text.
   */
  const member = (i: number, key: string): { key: Span; value: number } | undefined => {
    let index = members.get(i);
    if (!index) {
      index = { found: new Map(), next: skipSpace(i + 1) };
      members.set(i, index);
    }
    const known = index.found.get(key);
    if (known) return known;
    while (index.next !== undefined && text.charAt(index.next) === '"') {
      const at = index.next;
      const keyEnd = stringEnd(at);
      // A key without an escape is its own text: JSON.parse only for the rare one with a backslash.
      const raw = text.slice(at + 1, keyEnd - 1);
      const name = raw.includes('\\') ? String(JSON.parse(text.slice(at, keyEnd))) : raw;
      const value = skipSpace(skipSpace(keyEnd) + 1);
      index.next = afterComma(valueEnd(value));
      if (index.found.has(name)) continue;
      const found = { key: { start: at, end: keyEnd }, value };
      index.found.set(name, found);
      if (name === key) return found;
    }
    index.next = undefined;
    return undefined;
  };
  /** The start of item `index` of the array at `i`; items indexed as far as the one asked for. */
  const item = (i: number, index: number): number | undefined => {
    if (!Number.isInteger(index) || index < 0) return undefined;
    let list = items.get(i);
    if (!list) {
      list = { starts: [], next: skipSpace(i + 1) };
      items.set(i, list);
    }
    while (list.next !== undefined && list.starts.length <= index) {
      const at = list.next;
      if (at < text.length && text.charAt(at) !== ']') {
        list.starts.push(at);
        list.next = afterComma(valueEnd(at));
      } else list.next = undefined;
    }
    return list.starts[index];
  };

  /** Start of the value at `segments`, or of the nearest parent that exists. */
  const walk = (segments: readonly string[]): number => {
    let at = skipSpace(0);
    for (const segment of segments) {
      const c = text.charAt(at);
      const next = c === '{' ? member(at, segment)?.value : c === '[' ? item(at, Number(segment)) : undefined;
      if (next === undefined) break;
      at = next;
    }
    return at;
  };

  return (pointer, at = 'value') => {
    const segments = pointerSegments(pointer);
    if (at === 'key' && segments.length > 0) {
      const parent = walk(segments.slice(0, -1));
      const key = text.charAt(parent) === '{' ? member(parent, segments[segments.length - 1] ?? '')?.key : undefined;
      if (key) return range(key);
    }
    const start = walk(segments);
    return start < text.length ? range({ start, end: valueEnd(start) }) : undefined;
  };
}

/**
 * For a file that JSON.parse read (the loader falls back to YAML for a
 * `.json` file that is not strict JSON), the scanning locator; otherwise the
 * loader's own. Decided on the first position asked for, so that valid files
 * pay nothing; `parsedAsJson` says the caller's loader read the text with
 * JSON.parse (a `.json` file it loaded), so that it need not be parsed again.
 */
export function fastLocator(file: string, text: string, fallback: Locate, parsedAsJson = false): Locate {
  if (!/\.json$/i.test(file)) return fallback;
  let chosen: Locate | undefined;
  return (pointer, at) => {
    // A caller that read the text with JSON.parse already knows: no second parse of a failing file.
    chosen ??= parsedAsJson || isStrictJson(text) ? jsonLocator(text) : fallback;
    return chosen(pointer, at);
  };
}

function isStrictJson(text: string): boolean {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
}
