import { sign, type KeyObject } from 'node:crypto';
import type { DocumentKind } from '../documents.js';
import { FORMAT_VERSION } from '../schemas/common.js';
import type { SignatureDocument } from '../schemas/signature.js';
import { publicKeyFingerprint } from './fingerprint.js';
import { signaturePayload, type SignedFields } from './payload.js';

export interface SignInput {
  documentKind: DocumentKind;
  /** From `documentDigest` of the document's parsed content. */
  documentDigest: string;
  /** An Ed25519 private key. */
  privateKey: KeyObject;
  signedAt: Date;
}

/** A detached signature document; the key's fingerprint is derived from the key, never taken on trust. */
export function signDigest(input: SignInput): SignatureDocument {
  const fields: SignedFields = {
    kind: 'signature',
    formatVersion: FORMAT_VERSION,
    algorithm: 'ed25519',
    canonicalization: 'RFC8785',
    keyFingerprint: publicKeyFingerprint(input.privateKey),
    documentKind: input.documentKind,
    documentDigest: input.documentDigest,
    signedAt: input.signedAt.toISOString(),
  };
  // Ed25519 hashes internally: the algorithm argument must be null.
  const signature = sign(null, signaturePayload(fields), input.privateKey).toString('base64');
  return { ...fields, signature };
}
