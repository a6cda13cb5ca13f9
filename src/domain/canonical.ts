import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The canonical JSON (RFC 8785) of a parsed document: layout and comments never change it. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value cannot be represented in JSON');
  return text;
}

/** SHA-256 (lowercase hex) of a document's canonical JSON. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
