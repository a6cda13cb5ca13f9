import { createHash } from 'node:crypto';

/**
 * The canonical JSON of canonical.ts (RFC 8785) written as UTF-8 bytes
 * straight into a buffer kept from one call to the next, then hashed. The
 * text as a string (thousands of concatenated pieces, joined then encoded by
 * the hash) left ≈ 250 kB of garbage per report validated, against ≈ 35 kB,
 * and took about a quarter longer. Its parts are exported for a caller that
 * writes more than one value (validate/report-digest.ts: a report's body,
 * hashed, then its `integrity`, counted): between startCanonicalBytes and
 * endCanonicalBytes, each write appends to the text.
 */

/** Skipped in an object, null in an array, as JSON.stringify does. */
export function isUnwritable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Past this many keys (the answers of a report, a hundred), the built-in sort: an insertion sort's cost grows with their square. */
const FEW_KEYS = 16;

/**
 * Sorts keys in place by UTF-16 code units, as Array.prototype.sort does
 * (keys of one object are distinct, so any correct sort agrees). A handful
 * of keys by insertion, since the built-in sort costs more to call than to
 * run on them; more by the built-in sort.
 */
export function sortKeys(keys: string[]): string[] {
  if (keys.length > FEW_KEYS) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && (keys[j] as string) > key; j--) keys[j + 1] = keys[j] as string;
    keys[j + 1] = key;
  }
  return keys;
}

const INITIAL_BYTES = 64 * 1024;
/** A larger buffer (a large document) is dropped after use rather than held. */
const KEPT_BYTES = 1024 * 1024;
let bytes = new Uint8Array(INITIAL_BYTES);
/** Bytes written so far. */
let at = 0;
/** The ":" among them (canonicalColons). */
let colons = 0;

/** Room for `count` more bytes. */
function room(count: number): void {
  if (at + count <= bytes.length) return;
  const larger = new Uint8Array(Math.max(bytes.length * 2, at + count));
  larger.set(bytes.subarray(0, at));
  bytes = larger;
}

/** Starts a new text. */
export function startCanonicalBytes(): void {
  at = 0;
  colons = 0;
}

/** SHA-256 (lowercase hex) of the text written since startCanonicalBytes. */
export function canonicalDigest(): string {
  return createHash('sha256').update(bytes.subarray(0, at)).digest('hex');
}

/**
 * The ":" of the text written since startCanonicalBytes, counted as it is
 * written: one after each key, and those inside keys and strings (never
 * escaped). A JSON text without a \u escape holds as many outside its
 * members, exactly when no key of it was repeated (JSON.parse keeps the last
 * of two): what the loader checks.
 */
export function canonicalColons(): number {
  return colons;
}

/** Ends a text, written or not (a value JSON cannot hold throws midway): a larger buffer (a large document) is dropped rather than held. */
export function endCanonicalBytes(): void {
  if (bytes.length > KEPT_BYTES) bytes = new Uint8Array(INITIAL_BYTES);
}

function writeCanonicalByte(code: number): void {
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
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x3a) found++;
      out[p++] = c;
    } else if (c < 0x800) {
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
  colons += found;
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
  let found = 0;
  out[p++] = 0x22;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x5c) return -1;
      if (c === 0x3a) found++;
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
  colons += found;
  return (at = p);
}

/** A string, quoted and escaped as JSON.stringify writes it. */
function writeCanonicalString(text: string): void {
  if (plainQuotedBytes(text) < 0) encode(JSON.stringify(text));
}

/** Keys as the bytes of `"key":`, encoded once: documents repeat the same few keys thousands of times. */
const KEY_BYTES = new Map<string, Uint8Array>();
const MAX_CACHED_KEYS = 4096;

/** The bytes of `"key":` (kept: the caller must not change them). */
export function encodedKey(key: string): Uint8Array {
  let encoded = KEY_BYTES.get(key);
  if (encoded === undefined) {
    const start = at;
    const counted = colons;
    writeCanonicalString(key);
    writeCanonicalByte(0x3a);
    encoded = bytes.slice(start, at);
    at = start;
    colons = counted;
    if (KEY_BYTES.size < MAX_CACHED_KEYS) KEY_BYTES.set(key, encoded);
  }
  return encoded;
}

/** Bytes already encoded (a key of encodedKey). */
export function writeCanonicalEncoded(encoded: Uint8Array): void {
  room(encoded.length);
  const out = bytes;
  let p = at;
  let found = 0;
  for (let i = 0; i < encoded.length; i++) {
    const b = encoded[i] as number;
    if (b === 0x3a) found++;
    out[p++] = b;
  }
  colons += found;
  at = p;
}

/** The decimal digits of a non-negative integer below 2^31. */
function digitBytes(value: number): void {
  if (value < 10) return writeCanonicalByte(0x30 + value);
  room(10);
  let end = at;
  for (let rest = value; rest > 0; rest = (rest / 10) | 0) end++;
  at = end;
  for (let rest = value; rest > 0; rest = (rest / 10) | 0) bytes[--end] = 0x30 + (rest % 10);
}

/**
 * A number as JSON.stringify writes it (-0 as 0). The numbers of a report are
 * counts and scores of at most four decimals: their digits are written without
 * String(), which makes a string of each number and searches its shortest
 * form. A number of at most four decimals below 100,000 is the double nearest
 * that decimal (the check below), and no shorter decimal is: another decimal
 * that near would differ from it by less than 10^-4 in its last place.
 */
function writeCanonicalNumber(value: number): void {
  if (!Number.isFinite(value)) throw new TypeError(`${value} cannot be represented in JSON`);
  if (value >= 0 && value < 1e9 && (value | 0) === value) return digitBytes(value);
  const size = value < 0 ? -value : value;
  const tenThousandths = Math.round(size * 10_000);
  if (size >= 100_000 || tenThousandths / 10_000 !== size) return encode(String(value));
  if (value < 0) writeCanonicalByte(0x2d);
  const whole = (tenThousandths / 10_000) | 0;
  digitBytes(whole);
  let fraction = tenThousandths - whole * 10_000;
  if (fraction === 0) return;
  writeCanonicalByte(0x2e);
  // Four digits, leading zeros kept, trailing zeros dropped.
  for (let unit = 1000; fraction > 0; unit /= 10) {
    const digit = Math.floor(fraction / unit);
    writeCanonicalByte(0x30 + digit);
    fraction -= digit * unit;
  }
}

/** Any value, as canonicalJson writes it. */
export function writeCanonical(value: unknown): void {
  switch (typeof value) {
    case 'string':
      return writeCanonicalString(value);
    case 'number':
      return writeCanonicalNumber(value);
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
  writeCanonicalByte(0x5b);
  for (let i = 0; i < value.length; i++) {
    if (i > 0) writeCanonicalByte(0x2c);
    const item: unknown = value[i];
    if (isUnwritable(item)) encode('null');
    else writeCanonical(item);
  }
  writeCanonicalByte(0x5d);
}

function objectBytes(value: Readonly<Record<string, unknown>>): void {
  const keys = sortKeys(Object.keys(value));
  writeCanonicalByte(0x7b);
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = value[key];
    if (isUnwritable(item)) continue;
    if (!first) writeCanonicalByte(0x2c);
    first = false;
    writeCanonicalEncoded(encodedKey(key));
    writeCanonical(item);
  }
  writeCanonicalByte(0x7d);
}

/** The parts of this writer that the report's writer compiled from its schema calls (validate/report-check.generated.js). */
export interface CanonicalParts {
  byte(code: number): void;
  string(text: string): void;
  number(value: number): void;
  any(value: unknown): void;
  key(encoded: Uint8Array): void;
  encodedKey(key: string): Uint8Array;
  sortKeys(keys: string[]): string[];
}

export const CANONICAL_PARTS: CanonicalParts = {
  byte: writeCanonicalByte,
  string: writeCanonicalString,
  number: writeCanonicalNumber,
  any: writeCanonical,
  key: writeCanonicalEncoded,
  encodedKey,
  sortKeys,
};
