import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../../src/domain/canonical.js';
import { documentDigest, signaturePayload, type SignedFields } from '../../../src/domain/signature/payload.js';

const fields: SignedFields = {
  kind: 'signature',
  formatVersion: 1,
  algorithm: 'ed25519',
  canonicalization: 'RFC8785',
  keyFingerprint: 'a'.repeat(64),
  documentKind: 'report',
  documentDigest: 'b'.repeat(64),
  signedAt: '2025-01-02T03:04:05.000Z',
};

/** The same object with its keys in reverse order, at every level. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  }
  return value;
}

describe('documentDigest', () => {
  it('is the SHA-256 of the canonical JSON', () => {
    const data = { kind: 'report', formatVersion: 1, b: [1, 'x'], a: { z: null } };
    expect(documentDigest(data)).toBe(canonicalHash(data));
  });

  it('never depends on key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(documentDigest(reversed(value))).toBe(documentDigest(value));
      }),
    );
  });

  it('changes with any value', () => {
    expect(documentDigest({ score: 0.5 })).not.toBe(documentDigest({ score: 0.51 }));
    expect(documentDigest({ a: 'x' })).not.toBe(documentDigest({ a: 'x ' }));
  });

  it('is undefined for content JSON cannot represent', () => {
    expect(documentDigest({ weight: Number.POSITIVE_INFINITY })).toBeUndefined();
    expect(documentDigest({ weight: Number.NaN })).toBeUndefined();
  });
});

describe('signaturePayload', () => {
  it('is the canonical JSON of the signed members, whatever their order', () => {
    const text = signaturePayload(fields).toString('utf8');
    expect(JSON.parse(text)).toEqual(fields);
    expect(text.startsWith('{"algorithm":"ed25519","canonicalization":"RFC8785"')).toBe(true);
    expect(signaturePayload(reversed(fields) as SignedFields).equals(signaturePayload(fields))).toBe(true);
  });

  it('leaves out the signature and any member that is not signed', () => {
    const withExtra = { ...fields, signature: 'x'.repeat(88), note: 'not signed' };
    expect(signaturePayload(withExtra).equals(signaturePayload(fields))).toBe(true);
  });

  it('covers every signed member', () => {
    for (const key of Object.keys(fields) as Array<keyof SignedFields>) {
      const changed = { ...fields, [key]: key === 'formatVersion' ? 2 : `${String(fields[key])}x` };
      expect(signaturePayload(changed).equals(signaturePayload(fields)), key).toBe(false);
    }
  });
});

describe('documentDigest of hostile keys', () => {
  it('treats a "__proto__" key as ordinary data that the digest covers', () => {
    const a: unknown = JSON.parse('{"kind":"report","__proto__":{"score":1}}');
    const b: unknown = JSON.parse('{"kind":"report","__proto__":{"score":0}}');
    expect(documentDigest(a)).not.toBe(documentDigest(b));
    expect(documentDigest(a)).not.toBe(documentDigest({ kind: 'report' }));
  });
});
