import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, publicKeyFingerprint } from '../../../src/domain/signature/fingerprint.js';

describe('fingerprintOf', () => {
  it('is the SHA-256 (lowercase hex) of the DER bytes', () => {
    const der = Uint8Array.from([0x30, 0x2a, 0x30, 0x05]);
    expect(fingerprintOf(der)).toBe(createHash('sha256').update(der).digest('hex'));
    expect(fingerprintOf(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('publicKeyFingerprint', () => {
  it('gives a private key the fingerprint of its public half', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    expect(publicKeyFingerprint(privateKey)).toBe(publicKeyFingerprint(publicKey));
    expect(publicKeyFingerprint(publicKey)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on how the key is written (PEM line endings)', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const crlf = createPublicKey(pem.replace(/\n/g, '\r\n'));
    expect(publicKeyFingerprint(crlf)).toBe(publicKeyFingerprint(publicKey));
  });

  it('differs between keys', () => {
    const a = generateKeyPairSync('ed25519').publicKey;
    const b = generateKeyPairSync('ed25519').publicKey;
    expect(publicKeyFingerprint(a)).not.toBe(publicKeyFingerprint(b));
  });
});
