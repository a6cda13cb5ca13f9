import {
  canonicalColons,
  canonicalDigest,
  encodedKey,
  endCanonicalBytes,
  isUnwritable,
  startCanonicalBytes,
  writeCanonical,
  writeCanonicalByte,
  writeCanonicalEncoded,
  writeCanonicalNumber,
  writeCanonicalString,
} from '../canonical-bytes.js';
import { RESERVED_KEYS } from '../reserved-keys.js';
import type { Report } from '../schemas/report.js';
import { conforms, hasType, isOneOf, reportNesting, reportShape, type Member, type Node } from './report-shape.js';

/** A report the schema accepts, with the digest of its content. */
export interface DigestedReport {
  report: Report;
  /**
   * What computeIntegrity (report/integrity.ts) gives: SHA-256 of the canonical
   * JSON of the report without `integrity`; undefined when the data holds what
   * JSON cannot (then computeIntegrity throws, as it would have).
   */
  digest: string | undefined;
  /**
   * The ":" of the canonical JSON of the whole report, `integrity` included
   * (canonicalColons), and the deepest nesting a report the schema accepts can
   * have: what the loader's bounds need (io/load-document.ts), which it then
   * need not measure on the data.
   */
  colons: number;
  nesting: number;
}

/**
 * isWellFormedReport and the report's digest in one walk: every value the
 * schema check visits is written as canonical JSON as it is checked, instead
 * of a second walk that sorts every object's keys and looks up each key's
 * bytes. A declared member knows its place among its siblings and its bytes
 * (report-shape.ts), so that sorting an object's members is sorting small
 * integers. Undefined when the schema refuses the data (the verdict of
 * isWellFormedReport, which the tests compare on the same documents), and
 * the digest is the one computeIntegrity gives (compared too).
 */
export function digestedReport(data: unknown): DigestedReport | undefined {
  const shape = reportShape();
  startCanonicalBytes();
  top = 0;
  try {
    if (!written(shape, data, true)) return undefined;
    const report = data as Report;
    const digest = canonicalDigest();
    // Then `integrity`, for the count of ":" alone.
    writeCanonicalEncoded(encodedKey('integrity'));
    writeCanonical(report.integrity);
    return { report, digest, colons: canonicalColons(), nesting: reportNesting() };
  } catch {
    // Only what canonical JSON cannot hold throws (it cannot come from JSON.parse): the plain check says.
    return conforms(shape, data) ? { report: data as Report, digest: undefined, colons: -1, nesting: Infinity } : undefined;
  } finally {
    endCanonicalBytes();
    // The stack holds the document's values: not kept past the call.
    values.fill(undefined, 0, high);
    high = 0;
    top = 0;
  }
}

// The members of the objects being written, each object's above those of the objects that enclose it.
const keys: string[] = [];
const values: unknown[] = [];
/** The member's shape (undefined: any value). */
const nodes: Array<Node | undefined> = [];
/** The member's rank when declared (-1: sorted by key), then the object's canonical order of its members. */
const ranks: number[] = [];
const places: number[] = [];
/** The member's canonical `"key":` when declared. */
const encoded: Array<Uint8Array | undefined> = [];
let top = 0;
/** The highest place used since the walk began. */
let high = 0;

/** Whether `value` matches `shape` (as conforms says), writing its canonical bytes; `root` leaves out the report's `integrity`. */
function written(shape: Node, value: unknown, root = false): boolean {
  if (shape.anyOf !== undefined || shape.oneOf !== undefined) {
    // A choice of shapes: checked as conforms does, written by the plain writer.
    if (!conforms(shape, value)) return false;
    writeCanonical(value);
    return true;
  }
  if (shape.type !== undefined && !hasType(shape.type, value)) return false;
  if (shape.const !== undefined && value !== shape.const) return false;
  if (shape.enum !== undefined && !isOneOf(shape.enum, value)) return false;
  if (typeof value === 'string') {
    if (shape.minLength !== undefined && value.length < shape.minLength) return false;
    if (shape.pattern !== undefined && !shape.pattern.test(value)) return false;
    writeCanonicalString(value);
    return true;
  }
  if (typeof value === 'number') {
    if (shape.minimum !== undefined && value < shape.minimum) return false;
    if (shape.maximum !== undefined && value > shape.maximum) return false;
    writeCanonicalNumber(value);
    return true;
  }
  if (Array.isArray(value)) return arrayWritten(shape, value);
  if (typeof value === 'object' && value !== null) return objectWritten(shape, value as Readonly<Record<string, unknown>>, root);
  // true, false, null, or what JSON cannot hold (which throws, as canonicalHash does).
  writeCanonical(value);
  return true;
}

/**
 * Whether a value the writer leaves out (undefined, a function) or writes
 * null (in an array) is accepted by `node`: a node with a type refuses it, and
 * `written` says so without this check.
 */
const unwritableRefused = (node: Node | undefined, item: unknown): boolean =>
  node !== undefined && (node.type !== undefined || !conforms(node, item));

function arrayWritten(shape: Node, value: readonly unknown[]): boolean {
  if (shape.minItems !== undefined && value.length < shape.minItems) return false;
  const { items } = shape;
  if (items === undefined) {
    writeCanonical(value);
    return true;
  }
  writeCanonicalByte(0x5b);
  for (let i = 0; i < value.length; i++) {
    if (i > 0) writeCanonicalByte(0x2c);
    const item: unknown = value[i];
    if (items.type === undefined && isUnwritable(item)) {
      if (unwritableRefused(items, item)) return false;
      writeCanonical(null);
    } else if (!written(items, item)) return false;
  }
  writeCanonicalByte(0x5d);
  return true;
}

function objectWritten(shape: Node, value: Readonly<Record<string, unknown>>, root: boolean): boolean {
  const { required, requiredCount, properties, additionalProperties: other, propertyNames } = shape;
  // Required members declared: counted as they come, rather than looked up one by one.
  if (required && requiredCount < 0) for (let i = 0; i < required.length; i++) if (value[required[i] as string] === undefined) return false;
  const from = top;
  let present = 0;
  let declared = true;
  // for…in over own keys, as conforms: the checks of each key, then its value stacked for writing.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const member: Member | undefined = properties?.get(key);
    if (member === undefined ? RESERVED_KEYS.has(key) : member.reserved) return false;
    if (propertyNames && !conforms(propertyNames, key)) return false;
    const item = value[key];
    if (member === undefined) {
      if (other === false) return false;
      declared = false;
      nodes[top] = other;
      ranks[top] = -1;
      encoded[top] = undefined;
    } else {
      if (member.required && item !== undefined) present++;
      nodes[top] = member.node;
      ranks[top] = member.rank;
      encoded[top] = member.key;
    }
    keys[top] = key;
    values[top] = item;
    top++;
  }
  if (required && requiredCount >= 0 && present !== requiredCount) return false;
  const to = top;
  if (to > high) high = to;
  sortPlaces(from, to, declared);
  writeCanonicalByte(0x7b);
  let first = true;
  for (let i = from; i < to; i++) {
    const at = from + (places[i] as number);
    const item = values[at];
    const node = nodes[at];
    if (root && keys[at] === 'integrity') {
      // Checked, not written: the digest covers the report without it.
      if (node !== undefined && !conforms(node, item)) return false;
      continue;
    }
    if ((node === undefined || node.type === undefined) && isUnwritable(item)) {
      // Left out by the writer, still checked.
      if (unwritableRefused(node, item)) return false;
      continue;
    }
    if (!first) writeCanonicalByte(0x2c);
    first = false;
    writeCanonicalEncoded(encoded[at] ?? encodedKey(keys[at] as string));
    if (node === undefined) writeCanonical(item);
    else if (!written(node, item)) return false;
  }
  writeCanonicalByte(0x7d);
  top = from;
  return true;
}

/**
 * Sets `places[from, to)` to the canonical order of the members `[from, to)`
 * (as offsets from `from`): by rank when every member is declared (small
 * integers), else by key (UTF-16 code units, as canonical JSON sorts).
 * Insertion sorts: the objects of a report hold a handful of members, but
 * for its answers, keyed by question, which go to the built-in sort.
 */
function sortPlaces(from: number, to: number, declared: boolean): void {
  if (!declared && to - from > 16) {
    const sorted = keys.slice(from, to).sort();
    const place = new Map<string, number>();
    for (let i = from; i < to; i++) place.set(keys[i] as string, i - from);
    for (let i = 0; i < sorted.length; i++) places[from + i] = place.get(sorted[i] as string) ?? 0;
    return;
  }
  for (let i = from; i < to; i++) {
    const offset = i - from;
    let j = i - 1;
    if (declared) {
      const rank = ranks[i] as number;
      for (; j >= from && (ranks[from + (places[j] as number)] as number) > rank; j--) places[j + 1] = places[j] as number;
    } else {
      const key = keys[i] as string;
      for (; j >= from && (keys[from + (places[j] as number)] as string) > key; j--) places[j + 1] = places[j] as number;
    }
    places[j + 1] = offset;
  }
}
