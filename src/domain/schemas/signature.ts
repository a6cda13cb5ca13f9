import { z } from 'zod';
import { DOCUMENT_KINDS } from '../documents.js';
import { FORMAT_VERSION } from './common.js';

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'sha256');

/**
 * A detached signature (`<file>.sig`) over the canonical content of one
 * selfassess document. Every member but `signature` is itself signed, so that
 * neither the digest, the key named nor the date can be changed unnoticed.
 */
export const SignatureDocument = z
  .strictObject({
    kind: z.literal('signature').meta({ description: 'Always "signature".' }),
    formatVersion: z.literal(FORMAT_VERSION).meta({ description: 'Version of the signature format.' }),
    algorithm: z.literal('ed25519').meta({ description: 'Signature algorithm: Ed25519 (RFC 8032).' }),
    canonicalization: z
      .literal('RFC8785')
      .meta({ description: 'How the document is turned into bytes before hashing: JSON Canonicalization Scheme (RFC 8785).' }),
    keyFingerprint: Sha256Hex.meta({
      description: "SHA-256 (lowercase hex) of the signer's public key in DER (SubjectPublicKeyInfo) form.",
    }),
    documentKind: z.enum(DOCUMENT_KINDS).meta({ description: 'The kind of the signed document.' }),
    documentDigest: Sha256Hex.meta({ description: "SHA-256 (lowercase hex) of the signed document's canonical JSON." }),
    signature: z
      .string()
      .regex(/^[A-Za-z0-9+/]{86}==$/, 'ed25519-signature')
      .meta({ description: 'Ed25519 signature (base64) over the canonical JSON of this document without its "signature" member.' }),
    signedAt: z.iso.datetime().meta({ description: 'When the document was signed (UTC, ISO 8601), as stated by the signer.' }),
  })
  .meta({ description: 'A detached Ed25519 signature of a selfassess document (report, checklist, answers or catalogue).' });
export type SignatureDocument = z.infer<typeof SignatureDocument>;
