import { writeText } from '../i18n/write-text.js';
import type { SignatureDocument } from '../domain/schemas/signature.js';
import { malformedSignature, missingSignature, type SignatureCheck } from '../domain/signature/status.js';
import type { PublicKey } from '../domain/signature/fingerprint.js';
import { documentDigest } from '../domain/signature/payload.js';
import { loadDocument } from './load-document.js';
import { writeFileAtomic, type WriteOptions } from './write-atomic.js';

/** Where a document's detached signature lives unless told otherwise. */
export function signatureFileFor(file: string): string {
  return `${file}.sig`;
}

type SignatureFileRead = { state: 'missing' } | { state: 'unreadable'; reason: string } | { state: 'read'; data: unknown };

/** Reads a .sig file without judging it: its content is classified by the domain. */
async function readSignatureFile(signatureFile: string): Promise<SignatureFileRead> {
  const loaded = await loadDocument(signatureFile);
  if (loaded.ok) return { state: 'read', data: loaded.document.data };
  const first = loaded.diagnostics[0];
  if (first?.code === 'file-not-found') return { state: 'missing' };
  const at = first?.start ? ` (line ${first.start.line})` : '';
  return { state: 'unreadable', reason: first ? `${writeText(first.message, 'en')}${at}` : 'unreadable' };
}

/** Writes a .sig file atomically; an existing one is replaced only with `force`. */
export async function writeSignatureFile(
  signatureFile: string,
  signature: SignatureDocument,
  options: Pick<WriteOptions, 'force'> = {},
): Promise<void> {
  await writeFileAtomic(signatureFile, JSON.stringify(signature, null, 2) + '\n', { force: options.force ?? false });
}

/**
 * Checks the detached signature of a document already loaded (`data` is its
 * parsed content), against the keys the caller trusts. Never throws on the
 * content of the .sig file.
 */
export async function checkSignature(
  file: string,
  data: unknown,
  trustedKeys: readonly PublicKey[],
  options: { signatureFile?: string } = {},
): Promise<SignatureCheck> {
  return checkSignatureOfDigest(documentDigest(data) ?? null, trustedKeys, options.signatureFile ?? signatureFileFor(file));
}

/** As `checkSignature`, for a document known only by its digest (null: it could not be read as a document). */
export async function checkSignatureOfDigest(
  digest: string | null,
  trustedKeys: readonly PublicKey[],
  signatureFile: string,
): Promise<SignatureCheck> {
  const read = await readSignatureFile(signatureFile);
  switch (read.state) {
    case 'missing':
      return missingSignature();
    case 'unreadable':
      return malformedSignature(read.reason);
    case 'read': {
      // Loaded only for a signature file: its schema brings zod, which most runs of validate never need.
      const { classifySignature } = await import('../domain/signature/classify.js');
      return classifySignature(read.data, digest, trustedKeys);
    }
  }
}
