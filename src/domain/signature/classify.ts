import { verify } from 'node:crypto';
import { phrase, type Phrase } from '../diagnostic.js';
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
  /** One sentence that says what happened and what to do, written in the reader's language where it is printed. */
  message: Phrase;
}

/** The result codes `selfassess verify` prints, one per status. */
export const VERIFY_RESULT_CODES = {
  valid: 'valid',
  missing: 'signature-missing',
  'unknown-key': 'signature-wrong-key',
  altered: 'signature-document-altered',
  invalid: 'signature-invalid',
  malformed: 'signature-malformed',
} as const satisfies Readonly<Record<SignatureStatus, string>>;

export function missingSignature(): SignatureCheck {
  return {
    status: 'missing',
    message: phrase('signature.missing'),
  };
}

/** `reason`: what is wrong with the file (the schema's own detail is English, like the YAML parser's). */
export function malformedSignature(reason: string | Phrase): SignatureCheck {
  return {
    status: 'malformed',
    message: phrase('signature.malformed', { reason }),
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
