import { createHash, type Hash } from 'node:crypto';

/**
 * The canonical JSON (RFC 8785) of a parsed document: layout and comments
 * never change it. RFC 8785 serialises numbers and strings exactly as
 * ECMAScript's JSON.stringify does, and sorts object keys by UTF-16 code
 * units, which is what Array.prototype.sort does on strings. Written here
 * rather than taken from the `canonicalize` package (which the tests use as
 * the reference) because every report is hashed when validated: the text is
 * written in one pass, and when only its digest is needed it is hashed in
 * chunks as it is written, never held whole.
 */
export function canonicalJson(value: unknown): string {
  const sink = new Sink();
  write(value, sink);
  return sink.text;
}

/** SHA-256 (lowercase hex) of a document's canonical JSON. */
export function canonicalHash(value: unknown): string {
  const hash = createHash('sha256');
  const sink = new Sink(hash);
  write(value, sink);
  sink.flush();
  return hash.digest('hex');
}

/** Chunks of this many UTF-16 units go to the hash: few native calls, little text held. */
const CHUNK = 16 * 1024;

/** Where the text goes: a string (V8 joins concatenations cheaply), handed to the hash chunk by chunk when there is one. */
class Sink {
  text = '';
  constructor(private readonly hash?: Hash) {}

  add(part: string): void {
    this.text += part;
    if (this.hash !== undefined && this.text.length >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.hash === undefined) return;
    this.hash.update(this.text, 'utf8');
    this.text = '';
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

function write(value: unknown, out: Sink): void {
  if (typeof value === 'string') {
    out.add(quoted(value));
    return;
  }
  if (value === null || typeof value !== 'object') {
    out.add(primitive(value));
    return;
  }
  if (Array.isArray(value)) {
    out.add('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.add(',');
      const item: unknown = value[i];
      write(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, out);
    }
    out.add(']');
    return;
  }
  const keys = Object.keys(value).sort();
  out.add('{');
  let first = true;
  for (const key of keys) {
    const item: unknown = Reflect.get(value, key);
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out.add(first ? quotedKey(key) : `,${quotedKey(key)}`);
    first = false;
    write(item, out);
  }
  out.add('}');
}

function primitive(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`${value} cannot be represented in JSON`);
  if (typeof value === 'bigint') throw new TypeError('a BigInt cannot be represented in JSON');
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('value cannot be represented in JSON');
  return text;
}
