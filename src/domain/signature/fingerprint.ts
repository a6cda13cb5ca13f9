import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * A key's fingerprint: SHA-256 (lowercase hex) of its public key in DER
 * SubjectPublicKeyInfo form. The same bytes give the same fingerprint
 * whatever PEM wrapping or line endings the key file has, so a ministry can
 * publish it and a consultant can compare it character by character.
 */
export function fingerprintOf(spkiDer: Uint8Array): string {
  return createHash('sha256').update(spkiDer).digest('hex');
}

/** The fingerprint of a public key, or of the public half of a private key. */
export function publicKeyFingerprint(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return fingerprintOf(publicKey.export({ type: 'spki', format: 'der' }));
}

/** A public key someone trusts, with where it came from (for messages). */
export interface PublicKey {
  fingerprint: string;
  key: KeyObject;
  source: string;
}
