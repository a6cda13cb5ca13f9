import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SignatureDocument } from '../../../src/domain/schemas/signature.js';
import { classifySignature } from '../../../src/domain/signature/classify.js';
import { SIGNATURE_STATUSES, VERIFY_RESULT_CODES } from '../../../src/domain/signature/status.js';
import { publicKeyFingerprint, type PublicKey } from '../../../src/domain/signature/fingerprint.js';
import { documentDigest } from '../../../src/domain/signature/payload.js';
import { signDigest } from '../../../src/domain/signature/sign.js';
import { writeText } from '../../../src/i18n/write-text.js';

function newKey(source: string): { privateKey: import('node:crypto').KeyObject; trusted: PublicKey } {
  const pair = generateKeyPairSync('ed25519');
  return { privateKey: pair.privateKey, trusted: { fingerprint: publicKeyFingerprint(pair.publicKey), key: pair.publicKey, source } };
}

const signer = newKey('ministry.pub');
const other = newKey('other.pub');
const report = { kind: 'report', formatVersion: 1, overall: { score: 0.625 }, party: { code: 'FRA' } };
const digest = documentDigest(report) ?? '';

function signed(data: unknown = report, key = signer.privateKey): SignatureDocument {
  return signDigest({
    documentKind: 'report',
    documentDigest: documentDigest(data) ?? '',
    privateKey: key,
    signedAt: new Date('2025-03-01T10:00:00Z'),
  });
}

describe('signDigest', () => {
  it('writes a complete signature document naming the key it was made with', () => {
    const sig = signed();
    expect(sig).toMatchObject({
      kind: 'signature',
      formatVersion: 1,
      algorithm: 'ed25519',
      canonicalization: 'RFC8785',
      keyFingerprint: signer.trusted.fingerprint,
      documentKind: 'report',
      documentDigest: digest,
      signedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(Buffer.from(sig.signature, 'base64')).toHaveLength(64);
  });
});

describe('classifySignature', () => {
  it('accepts a genuine signature of the same content', () => {
    const check = classifySignature(signed(), digest, [signer.trusted]);
    expect(check).toMatchObject({ status: 'valid', fingerprint: signer.trusted.fingerprint, documentKind: 'report' });
  });

  it('finds the signing key among several trusted keys', () => {
    expect(classifySignature(signed(), digest, [other.trusted, signer.trusted]).status).toBe('valid');
  });

  it('reports a key that is not trusted, naming the fingerprint found', () => {
    const check = classifySignature(signed(), digest, [other.trusted]);
    expect(check.status).toBe('unknown-key');
    expect(check.fingerprint).toBe(signer.trusted.fingerprint);
    expect(writeText(check.message, 'en')).toContain(signer.trusted.fingerprint);
    expect(writeText(check.message, 'fr')).toContain(`signé avec la clé ${signer.trusted.fingerprint}`);
  });

  it('reports a document changed after signing', () => {
    const changed = documentDigest({ ...report, overall: { score: 0.875 } }) ?? '';
    expect(classifySignature(signed(), changed, [signer.trusted]).status).toBe('altered');
    expect(classifySignature(signed(), null, [signer.trusted]).status).toBe('altered');
  });

  it('reports a forged signature: the key named is trusted but did not sign', () => {
    const forged = { ...signed(report, other.privateKey), keyFingerprint: signer.trusted.fingerprint };
    expect(classifySignature(forged, digest, [signer.trusted]).status).toBe('invalid');
  });

  it('reports a .sig whose digest was replaced as invalid, not as an altered document', () => {
    const otherDigest = documentDigest({ other: true }) ?? '';
    const tampered = { ...signed(), documentDigest: otherDigest };
    expect(classifySignature(tampered, otherDigest, [signer.trusted]).status).toBe('invalid');
    expect(classifySignature(tampered, digest, [signer.trusted]).status).toBe('invalid');
  });

  it('reports any change to a signed member or to the signature as invalid or malformed (property)', () => {
    const sig = signed();
    const members = Object.keys(sig) as Array<keyof SignatureDocument>;
    fc.assert(
      fc.property(fc.constantFrom(...members), fc.nat(), fc.integer({ min: 1, max: 63 }), (member, position, delta) => {
        const value = String(sig[member]);
        const i = position % value.length;
        const alphabet = member === 'signature' ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/' : '0123456789abcdef';
        const at = alphabet.indexOf(value[i] ?? '');
        const replacement = at < 0 ? 'x' : (alphabet[(at + 1 + (delta % (alphabet.length - 1))) % alphabet.length] ?? 'x');
        const changedValue = value.slice(0, i) + replacement + value.slice(i + 1);
        const tampered = { ...sig, [member]: member === 'formatVersion' ? 2 : changedValue };
        const status = classifySignature(tampered, digest, [signer.trusted]).status;
        // A changed fingerprint names another key; everything else must fail to verify.
        expect(['invalid', 'malformed', ...(member === 'keyFingerprint' ? ['unknown-key'] : [])]).toContain(status);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts only the canonical base64 spelling of the signature', () => {
    const sig = signed();
    const last = sig.signature.charAt(85);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    // The last character before "==" carries 4 spare bits: flipping one of them keeps the bytes.
    const spare = alphabet.charAt(alphabet.indexOf(last) ^ 1);
    const respelled = { ...sig, signature: sig.signature.slice(0, 85) + spare + '==' };
    expect(Buffer.from(respelled.signature, 'base64').equals(Buffer.from(sig.signature, 'base64'))).toBe(true);
    expect(classifySignature(respelled, digest, [signer.trusted]).status).toBe('invalid');
  });

  it.each([
    ['not an object', 'signature'],
    ['an empty object', {}],
    ['another algorithm', { ...signed(), algorithm: 'rsa' }],
    ['a missing signature', { ...signed(), signature: undefined }],
    ['an unknown member', { ...signed(), comment: 'hello' }],
    ['a signature of the wrong length', { ...signed(), signature: 'AAAA' }],
    ['a date that is not ISO 8601', { ...signed(), signedAt: 'yesterday' }],
  ])('reports %s as malformed', (_label, value) => {
    const check = classifySignature(value, digest, [signer.trusted]);
    expect(check.status).toBe('malformed');
    expect(writeText(check.message, 'en')).toMatch(/not a valid selfassess signature/);
  });

  it('has one distinct result code per status', () => {
    const codes = SIGNATURE_STATUSES.map((s) => VERIFY_RESULT_CODES[s]);
    expect(new Set(codes).size).toBe(SIGNATURE_STATUSES.length);
    expect(codes).toEqual([
      'valid',
      'signature-missing',
      'signature-wrong-key',
      'signature-document-altered',
      'signature-invalid',
      'signature-malformed',
    ]);
  });
});
