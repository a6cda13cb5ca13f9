import { createHash } from 'node:crypto';
import { canonicalDigest, endCanonicalBytes, isUnwritable, sortKeys, startCanonicalBytes, writeCanonical } from './canonical-bytes.js';

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

/** Documents written as a string before the byte writer takes over (writesAsText). */
const COLD_DOCUMENTS = 16;
let textDocuments = 0;

/**
 * Whether the next document to hash is written as a string (and counts it):
 * the first few documents of a process — every one of a single file's
 * command — are; later ones are written as bytes (canonical-bytes.ts). Cold,
 * the byte writer runs in V8's interpreter character by character (≈ 30 M
 * instructions of the ≈ 295 M of `validate` of one report), where the string
 * writer leaves that work to V8's own escaping and encoding; warm, in a
 * batch's workers, the byte writer is the faster and leaves less garbage.
 * Both give the same digest (tests compare them).
 */
export function writesAsText(): boolean {
  if (textDocuments >= COLD_DOCUMENTS) return false;
  textDocuments++;
  return true;
}

/** SHA-256 (lowercase hex) of a canonical text, as UTF-8. */
export function textDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 (lowercase hex) of a document's canonical JSON, as a string or as bytes (writesAsText). */
export function canonicalHash(value: unknown): string {
  return writesAsText() ? textDigest(write(value)) : canonicalBytesHash(value);
}

/**
 * SHA-256 of a document's canonical JSON written as UTF-8 bytes straight into
 * a buffer kept from one call to the next (canonical-bytes.ts). The same bytes
 * as canonicalJson's text in UTF-8 (tests compare them).
 */
export function canonicalBytesHash(value: unknown): string {
  startCanonicalBytes();
  try {
    writeCanonical(value);
    return canonicalDigest();
  } finally {
    endCanonicalBytes();
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

function writeArray(value: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    if (i > 0) out += ',';
    const item: unknown = value[i];
    out += isUnwritable(item) ? 'null' : write(item);
  }
  return `${out}]`;
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
