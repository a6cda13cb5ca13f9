import { verify } from 'node:crypto';
import { phrase } from '../diagnostic.js';
import { SignatureDocument } from '../schemas/signature.js';
import type { PublicKey } from './fingerprint.js';
import { signaturePayload } from './payload.js';
import { malformedSignature, type SignatureCheck } from './status.js';

/**
 * Classifies a signature document against the document's digest (null when
 * the document can no longer be read as one) and the keys the reader trusts.
 *
 * The signature is checked before the digest: a digest that differs proves
 * the document changed only if the signature over that digest is genuine;
 * otherwise the .sig itself was forged or corrupted and says nothing about
 * the document.
 */
export function classifySignature(signature: unknown, digest: string | null, trustedKeys: readonly PublicKey[]): SignatureCheck {
  const parsed = SignatureDocument.safeParse(signature);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return malformedSignature(issue ? `${where}${issue.message}` : phrase('signature.not-a-signature'));
  }
  const sig = parsed.data;
  const about = { fingerprint: sig.keyFingerprint, signedAt: sig.signedAt, documentKind: sig.documentKind };
  const key = trustedKeys.find((k) => k.fingerprint === sig.keyFingerprint);
  if (!key) {
    const which = trustedKeys.length === 1 ? 'signature.unknown-key.given' : 'signature.unknown-key.trusted';
    return { status: 'unknown-key', ...about, message: phrase(which, { fingerprint: sig.keyFingerprint }) };
  }
  if (!verifies(sig, key)) {
    return {
      status: 'invalid',
      ...about,
      message: phrase('signature.invalid'),
    };
  }
  if (digest !== sig.documentDigest) {
    return {
      status: 'altered',
      ...about,
      message: phrase(digest === null ? 'signature.altered.unreadable' : 'signature.altered'),
    };
  }
  return { status: 'valid', ...about, message: phrase('signature.valid', { fingerprint: sig.keyFingerprint, signedAt: sig.signedAt }) };
}

function verifies(sig: SignatureDocument, key: PublicKey): boolean {
  const { signature, ...fields } = sig;
  const bytes = Buffer.from(signature, 'base64');
  // Base64 leaves spare bits in the last character; only the one canonical spelling is accepted.
  if (bytes.toString('base64') !== signature) return false;
  try {
    return verify(null, signaturePayload(fields), key.key, bytes);
  } catch {
    // A key of another type, or bytes the library refuses: not a valid signature either way.
    return false;
  }
}
