import { createHash } from 'node:crypto';

/**
 * The canonical JSON (RFC 8785) of a parsed document: layout and comments
 * never change it. RFC 8785 serialises numbers and strings exactly as
 * ECMAScript's JSON.stringify does, and sorts object keys by UTF-16 code
 * units, which is what Array.prototype.sort does on strings. Written here
 * rather than taken from the `canonicalize` package (which the tests use as
 * the reference) because every report is hashed when validated: the text is
 * written in one pass, each key quoted once per run.
 */
export function canonicalJson(value: unknown): string {
  return write(value);
}

/**
 * SHA-256 (lowercase hex) of a document's canonical JSON, written as UTF-8
 * bytes straight into a buffer kept from one call to the next. The text as a
 * string (thousands of concatenated pieces, joined then encoded by the hash)
 * left ≈ 250 kB of garbage per report validated, against ≈ 35 kB, and took
 * about a quarter longer. The same bytes as canonicalJson's text in UTF-8
 * (tests compare them).
 */
export function canonicalHash(value: unknown): string {
  at = 0;
  try {
    writeBytes(value);
    return createHash('sha256').update(bytes.subarray(0, at)).digest('hex');
  } finally {
    if (bytes.length > KEPT_BYTES) bytes = new Uint8Array(INITIAL_BYTES);
  }
}

/** Characters JSON.stringify escapes: quote, backslash, controls and (lone or paired) surrogates. */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of a string, without its cost for the common string that needs no escape. */
function quoted(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** Keys quoted once: documents repeat the same few keys thousands of times. */
const QUOTED_KEYS = new Map<string, string>();
const MAX_CACHED_KEYS = 4096;

function quotedKey(key: string): string {
  let text = QUOTED_KEYS.get(key);
  if (text === undefined) {
    text = `${quoted(key)}:`;
    if (QUOTED_KEYS.size < MAX_CACHED_KEYS) QUOTED_KEYS.set(key, text);
  }
  return text;
}

/**
 * The canonical text of a value, as one string built by concatenation (V8
 * joins the pieces lazily): canonicalJson's writer; canonicalHash writes bytes.
 */
function write(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} cannot be represented in JSON`);
      // What JSON.stringify writes for a finite number (-0 as 0).
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      // Any other object is read by key (a parsed document holds no class instance).
      return Array.isArray(value) ? writeArray(value) : writeObject(value as Readonly<Record<string, unknown>>);
    case 'bigint':
      throw new TypeError('a BigInt cannot be represented in JSON');
    default:
      throw new TypeError('value cannot be represented in JSON');
  }
}

/** Skipped in an object, null in an array, as JSON.stringify does. */
function isUnwritable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function writeArray(value: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    if (i > 0) out += ',';
    const item: unknown = value[i];
    out += isUnwritable(item) ? 'null' : write(item);
  }
  return `${out}]`;
}

/** Past this many keys (the answers of a report, a hundred), the built-in sort: an insertion sort's cost grows with their square. */
const FEW_KEYS = 16;

/**
 * Sorts keys in place by UTF-16 code units, as Array.prototype.sort does
 * (keys of one object are distinct, so any correct sort agrees). A handful
 * of keys by insertion, since the built-in sort costs more to call than to
 * run on them; more by the built-in sort.
 */
function sortKeys(keys: string[]): string[] {
  if (keys.length > FEW_KEYS) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && (keys[j] as string) > key; j--) keys[j + 1] = keys[j] as string;
    keys[j + 1] = key;
  }
  return keys;
}

function writeObject(value: Readonly<Record<string, unknown>>): string {
  const keys = sortKeys(Object.keys(value));
  let out = '{';
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = value[key];
    if (isUnwritable(item)) continue;
    out += first ? quotedKey(key) : `,${quotedKey(key)}`;
    first = false;
    out += write(item);
  }
  return `${out}}`;
}

// The byte writer of canonicalHash: the same text as `write`, encoded as UTF-8 as it is written.

const INITIAL_BYTES = 64 * 1024;
/** A larger buffer (a large document) is dropped after use rather than held. */
const KEPT_BYTES = 1024 * 1024;
let bytes = new Uint8Array(INITIAL_BYTES);
/** Bytes written so far. */
let at = 0;

/** Room for `count` more bytes. */
function room(count: number): void {
  if (at + count <= bytes.length) return;
  const larger = new Uint8Array(Math.max(bytes.length * 2, at + count));
  larger.set(bytes.subarray(0, at));
  bytes = larger;
}

function byte(code: number): void {
  if (at === bytes.length) room(1);
  bytes[at++] = code;
}

/**
 * UTF-8 of a text, as Buffer.from(text, 'utf8') encodes it (a lone surrogate as
 * U+FFFD, though the canonical text never holds one: JSON.stringify escapes it).
 * The loops below work on locals (the buffer, the position), stored back once.
 */
function encode(text: string): void {
  room(text.length * 3);
  const out = bytes;
  let p = at;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[p++] = c;
    else if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      out[p++] = 0xe0 | (c >> 12);
      out[p++] = 0x80 | ((c >> 6) & 0x3f);
      out[p++] = 0x80 | (c & 0x3f);
    } else {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[p++] = 0xf0 | (point >> 18);
        out[p++] = 0x80 | ((point >> 12) & 0x3f);
        out[p++] = 0x80 | ((point >> 6) & 0x3f);
        out[p++] = 0x80 | (point & 0x3f);
      } else {
        out[p++] = 0xef;
        out[p++] = 0xbf;
        out[p++] = 0xbd;
      }
    }
  }
  at = p;
}

/**
 * A string, quoted and encoded as it is read; -1 at the first character JSON
 * escapes (a quote, a backslash, a control character, a surrogate: JSON.stringify
 * keeps a pair and escapes a lone one), with nothing written.
 */
function plainQuotedBytes(text: string): number {
  room(text.length * 3 + 2);
  const out = bytes;
  let p = at;
  out[p++] = 0x22;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x5c) return -1;
      out[p++] = c;
    } else if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      out[p++] = 0xe0 | (c >> 12);
      out[p++] = 0x80 | ((c >> 6) & 0x3f);
      out[p++] = 0x80 | (c & 0x3f);
    } else return -1;
  }
  out[p++] = 0x22;
  return (at = p);
}

function quotedBytes(text: string): void {
  if (plainQuotedBytes(text) < 0) encode(JSON.stringify(text));
}

/** Keys as the bytes of `"key":`, encoded once: documents repeat the same few keys thousands of times. */
const KEY_BYTES = new Map<string, Uint8Array>();

function keyBytes(key: string): void {
  let encoded = KEY_BYTES.get(key);
  if (encoded === undefined) {
    const start = at;
    quotedBytes(key);
    byte(0x3a);
    encoded = bytes.slice(start, at);
    at = start;
    if (KEY_BYTES.size < MAX_CACHED_KEYS) KEY_BYTES.set(key, encoded);
  }
  room(encoded.length);
  const out = bytes;
  let p = at;
  for (let i = 0; i < encoded.length; i++) out[p++] = encoded[i] as number;
  at = p;
}

/**
 * A number as JSON.stringify writes it. The counts of a report are small
 * integers: their digits are written without String(), which makes a string
 * of each number (-0 is written 0, as JSON.stringify does).
 */
function numberBytes(value: number): void {
  if (!Number.isFinite(value)) throw new TypeError(`${value} cannot be represented in JSON`);
  if (value >= 0 && value < 1e9 && (value | 0) === value) {
    if (value < 10) return byte(0x30 + value);
    room(9);
    let end = at;
    for (let rest = value; rest > 0; rest = (rest / 10) | 0) end++;
    at = end;
    for (let rest = value; rest > 0; rest = (rest / 10) | 0) bytes[--end] = 0x30 + (rest % 10);
    return;
  }
  encode(String(value));
}

function writeBytes(value: unknown): void {
  switch (typeof value) {
    case 'string':
      return quotedBytes(value);
    case 'number':
      return numberBytes(value);
    case 'boolean':
      return encode(value ? 'true' : 'false');
    case 'object':
      if (value === null) return encode('null');
      return Array.isArray(value) ? arrayBytes(value) : objectBytes(value as Readonly<Record<string, unknown>>);
    case 'bigint':
      throw new TypeError('a BigInt cannot be represented in JSON');
    default:
      throw new TypeError('value cannot be represented in JSON');
  }
}

function arrayBytes(value: readonly unknown[]): void {
  byte(0x5b);
  for (let i = 0; i < value.length; i++) {
    if (i > 0) byte(0x2c);
    const item: unknown = value[i];
    if (isUnwritable(item)) encode('null');
    else writeBytes(item);
  }
  byte(0x5d);
}

function objectBytes(value: Readonly<Record<string, unknown>>): void {
  const keys = sortKeys(Object.keys(value));
  byte(0x7b);
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = value[key];
    if (isUnwritable(item)) continue;
    if (!first) byte(0x2c);
    first = false;
    keyBytes(key);
    writeBytes(item);
  }
  byte(0x7d);
}
