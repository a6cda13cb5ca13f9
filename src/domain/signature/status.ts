import { phrase, type Phrase } from '../diagnostic.js';
import type { DocumentKind } from '../documents.js';

// Apart from classify.ts, which needs the signature's zod schema: a command that finds no
// signature file (most runs of `validate`) reports so without loading zod.

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
