import { verify } from 'node:crypto';
import type { DocumentKind } from '../documents.js';
import { SignatureDocument } from '../schemas/signature.js';
import type { PublicKey } from './fingerprint.js';
import { signaturePayload } from './payload.js';

export const SIGNATURE_STATUSES = ['valid', 'missing', 'unknown-key', 'altered', 'invalid', 'malformed'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

/** What a consultant learns from a document and its detached signature. */
export interface SignatureCheck {
  status: SignatureStatus;
  /** The fingerprint the signature names (absent when there is no readable signature). */
  fingerprint?: string;
  signedAt?: string;
  documentKind?: DocumentKind;
  /** One sentence that says what happened and what to do. */
  message: string;
}

/** The result codes `selfassess verify` prints, one per status. */
export const VERIFY_RESULT_CODES: Readonly<Record<SignatureStatus, string>> = {
  valid: 'valid',
  missing: 'signature-missing',
  'unknown-key': 'signature-wrong-key',
  altered: 'signature-document-altered',
  invalid: 'signature-invalid',
  malformed: 'signature-malformed',
};

export function missingSignature(): SignatureCheck {
  return {
    status: 'missing',
    message: 'the document has no signature — ask the signer for the .sig file that was made with it',
  };
}

export function malformedSignature(reason: string): SignatureCheck {
  return {
    status: 'malformed',
    message: `the signature file is not a valid selfassess signature (${reason}) — ask the signer for the .sig file again`,
  };
}

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
    return malformedSignature(issue ? `${where}${issue.message}` : 'not a signature document');
  }
  const sig = parsed.data;
  const about = { fingerprint: sig.keyFingerprint, signedAt: sig.signedAt, documentKind: sig.documentKind };
  const key = trustedKeys.find((k) => k.fingerprint === sig.keyFingerprint);
  if (!key) {
    const which = trustedKeys.length === 1 ? 'the public key given' : 'any of the trusted public keys';
    return {
      status: 'unknown-key',
      ...about,
      message:
        `signed with key ${sig.keyFingerprint}, which is not ${which} — ` +
        "obtain the signer's public key through an official channel and check its fingerprint",
    };
  }
  if (!verifies(sig, key)) {
    return {
      status: 'invalid',
      ...about,
      message: 'the signature does not verify: the .sig file was forged or corrupted — do not rely on this document; ask the signer to sign it again',
    };
  }
  if (digest !== sig.documentDigest) {
    return {
      status: 'altered',
      ...about,
      message:
        digest === null
          ? 'the document is not the one that was signed: it can no longer be read as a selfassess document — obtain the original from the signer'
          : 'the document was changed after it was signed: its content no longer matches the signed digest — obtain the original from the signer',
    };
  }
  return { status: 'valid', ...about, message: `signed with key ${sig.keyFingerprint} on ${sig.signedAt}` };
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
