import { canonicalHash, canonicalJson } from '../canonical.js';
import type { SignatureDocument } from '../schemas/signature.js';

/** The members of a signature document that the signature itself covers: all but `signature`. */
export type SignedFields = Omit<SignatureDocument, 'signature'>;

/**
 * SHA-256 of a document's canonical JSON (RFC 8785), so that layout, comments,
 * key order and YAML-versus-JSON never change it. Undefined when the document
 * holds a value JSON cannot represent (YAML's `.inf` or `.nan`): such a
 * document has no canonical content to sign.
 */
export function documentDigest(data: unknown): string | undefined {
  try {
    return canonicalHash(data);
  } catch {
    return undefined;
  }
}

/**
 * The bytes that are signed: the canonical JSON of the signature document
 * without its `signature` member. Signing the whole statement rather than the
 * bare digest binds the key named, the document kind and the date too, and
 * `kind: "signature"` keeps these bytes from being mistaken for any other
 * signed message.
 */
export function signaturePayload(fields: SignedFields): Buffer {
  const { kind, formatVersion, algorithm, canonicalization, keyFingerprint, documentKind, documentDigest, signedAt } = fields;
  const signed: SignedFields = { kind, formatVersion, algorithm, canonicalization, keyFingerprint, documentKind, documentDigest, signedAt };
  return Buffer.from(canonicalJson(signed), 'utf8');
}
