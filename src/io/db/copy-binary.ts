/**
 * Rows in COPY's binary format, for the embedded store. Text and JSON go in
 * as their UTF-8 bytes, each behind its length: the store neither scans a
 * 35 kB document for escapes nor reads numbers back from digits (≈ 0.13 ms a
 * report in PGlite), and the worker that builds the rows escapes nothing.
 * Each row: its field count (int16), then each field as its length (int32,
 * -1 for NULL) and its bytes, big-endian.
 */

/** A column's type as the binary format writes it; `json` and `text` alike are their UTF-8 bytes. */
export type BinaryType = 'int4' | 'float8' | 'bool' | 'text';

/** What begins every binary COPY: the signature, no flags, no header extension. */
export const BINARY_HEADER: Uint8Array = Uint8Array.of(
  0x50,
  0x47,
  0x43,
  0x4f,
  0x50,
  0x59,
  0x0a,
  0xff,
  0x0d,
  0x0a,
  0x00,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
);
/** What ends it: a field count of -1. */
export const BINARY_TRAILER: Uint8Array = Uint8Array.of(0xff, 0xff);

/** The bytes of one row's first field, a submission id the store fills in (idRows): its length, then the id. */
const ID_FIELD_BYTES = 8;
/** Where, from the start of a row made with an id slot, the id's four bytes are. */
const ID_OFFSET = 2 + 4;

const FIXED_BYTES: Record<Exclude<BinaryType, 'text'>, number> = { int4: 4, float8: 8, bool: 1 };

/** A field's text, as the text format wrote it: a boolean as t or f, an object (a jsonb value) as its JSON. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Below this length, a text's UTF-8 is measured and an ASCII text written here: a call into Node costs more than its few bytes. */
const SHORT_TEXT = 64;

/** The length of `text` in UTF-8, as Buffer writes it (a lone surrogate as U+FFFD, three bytes). */
function utf8Length(text: string): number {
  if (text.length > SHORT_TEXT) return Buffer.byteLength(text, 'utf8');
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function fieldBytes(type: BinaryType, value: unknown): number {
  if (value === null || value === undefined) return 0;
  return type === 'text' ? utf8Length(textOf(value)) : FIXED_BYTES[type];
}

function writeText(buf: Buffer, at: number, text: string, length: number): void {
  // As many bytes as characters, and short: ASCII, written here.
  if (length === text.length && length <= SHORT_TEXT) for (let i = 0; i < length; i++) buf[at + i] = text.charCodeAt(i);
  else buf.write(text, at, length, 'utf8');
}

/** Throws on a value the column's type cannot hold, as the text format's parsing would have. */
function writeField(buf: Buffer, at: number, type: BinaryType, value: unknown, length: number): number {
  if (value === null || value === undefined) {
    buf.writeInt32BE(-1, at);
    return at + 4;
  }
  buf.writeInt32BE(length, at);
  const start = at + 4;
  switch (type) {
    case 'text':
      writeText(buf, start, textOf(value), length);
      break;
    case 'int4':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < -2147483648 || value > 2147483647)
        throw new Error(`${String(value)} is not an integer`);
      buf.writeInt32BE(value, start);
      break;
    case 'float8':
      if (typeof value !== 'number') throw new Error(`${String(value)} is not a number`);
      // -0 as 0, as the text format wrote it ("0").
      buf.writeDoubleBE(value === 0 ? 0 : value, start);
      break;
    case 'bool':
      if (typeof value !== 'boolean') throw new Error(`${String(value)} is not a boolean`);
      buf[start] = value ? 1 : 0;
      break;
  }
  return start + length;
}

/**
 * Rows of one table, each after a slot for the submission id (the store
 * gives it: setIds), as one buffer of its own (not a slice of Node's pool,
 * which a message to another thread would copy whole).
 */
export interface IdRows {
  bytes: Uint8Array;
  /** Where each row begins in `bytes`. */
  starts: number[];
}

/** Two passes, in plain loops (a report's child rows are some 300 fields): the lengths, then the bytes. */
function encode(types: readonly BinaryType[], rows: ReadonlyArray<readonly unknown[]>, withId: boolean): IdRows {
  const width = types.length;
  const lengths = new Int32Array(rows.length * width);
  const head = 2 + (withId ? ID_FIELD_BYTES : 0);
  let total = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    total += head;
    for (let i = 0; i < width; i++) {
      const length = fieldBytes(types[i] ?? 'text', row[i]);
      lengths[r * width + i] = length;
      total += 4 + length;
    }
  }
  const buf = Buffer.allocUnsafeSlow(total);
  const starts: number[] = [];
  let at = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    starts.push(at);
    buf.writeInt16BE(width + (withId ? 1 : 0), at);
    at += 2;
    if (withId) {
      buf.writeInt32BE(4, at);
      buf.writeInt32BE(0, at + 4);
      at += ID_FIELD_BYTES;
    }
    for (let i = 0; i < width; i++) at = writeField(buf, at, types[i] ?? 'text', row[i], lengths[r * width + i] ?? 0);
  }
  return { bytes: buf, starts };
}

/** One row, its fields of `types`. */
export function binaryRow(types: readonly BinaryType[], values: readonly unknown[]): Uint8Array {
  return encode(types, [values], false).bytes;
}

/** Rows, each after a slot for the submission id. */
export function idRows(types: readonly BinaryType[], rows: ReadonlyArray<readonly unknown[]>): IdRows {
  return encode(types, rows, true);
}

/** Fills the submission id of every row of `rows`, in place. */
export function setIds(rows: IdRows, id: number): void {
  const view = new DataView(rows.bytes.buffer, rows.bytes.byteOffset, rows.bytes.byteLength);
  for (const start of rows.starts) view.setInt32(start + ID_OFFSET, id);
}

/** A column definition's type ("position int", "score float8", "caps_band boolean", "section text"). */
export function binaryTypeOf(sqlType: string): BinaryType {
  switch (sqlType.toLowerCase()) {
    case 'int':
    case 'integer':
    case 'int4':
      return 'int4';
    case 'float8':
    case 'double precision':
      return 'float8';
    case 'boolean':
    case 'bool':
      return 'bool';
    case 'text':
    case 'json':
      return 'text';
    default:
      throw new Error(`no binary COPY for the type ${sqlType}`);
  }
}
