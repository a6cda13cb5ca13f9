import { phrase } from '../../domain/diagnostic.js';
import { writeText } from '../../i18n/write-text.js';
import path from 'node:path';
import { VERIFY_RESULT_CODES, type SignatureCheck } from '../../domain/signature/status.js';
import type { PublicKey } from '../../domain/signature/fingerprint.js';
import { documentDigest } from '../../domain/signature/payload.js';
import { KeyFileError, loadPublicKey } from '../../io/keys.js';
import { loadDocument } from '../../io/load-document.js';
import { isUnopenable } from '../../io/read-text.js';
import { checkSignatureOfDigest, signatureFileFor } from '../../io/signatures.js';
import { contextLanguage, writeLine, type CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';

export interface VerifyOptions {
  key: string;
  signature?: string;
  format: 'text' | 'json';
}

/** Codes of a document that cannot be opened at all: a usage error, not a verdict on a signature. */

/**
 * `selfassess verify <file> --key <public>`: exit 0 when the detached
 * signature is valid and made with that key; exit 1 with one result code
 * (signature-missing, -wrong-key, -document-altered, -invalid, -malformed)
 * otherwise; exit 2 when the key or the document cannot be used at all.
 */
export async function verifyCommand(file: string, options: VerifyOptions, context: CliContext): Promise<number> {
  const key = await publicKeyFrom(options.key, context);
  const loaded = await loadDocument(path.resolve(context.cwd, file));
  let digest: string | null = null;
  if (loaded.ok) {
    digest = documentDigest(loaded.document.data) ?? null;
  } else {
    const first = loaded.diagnostics[0];
    if (first !== undefined && isUnopenable(first)) throw new UsageError(phrase('cli.verify.cannot', { file, reason: first.message }));
  }
  const signatureFile = options.signature ?? signatureFileFor(file);
  const check = await checkSignatureOfDigest(digest, [key], path.resolve(context.cwd, signatureFile));
  const result = VERIFY_RESULT_CODES[check.status];
  if (options.format === 'json') {
    writeLine(
      context.stdout,
      JSON.stringify(jsonResult(file, signatureFile, key.fingerprint, result, check, contextLanguage(context)), null, 2),
    );
  } else {
    writeLine(context.stdout, `${file}: ${result} — ${writeText(check.message, contextLanguage(context))}`);
  }
  return check.status === 'valid' ? EXIT.ok : EXIT.findings;
}

async function publicKeyFrom(file: string, context: CliContext): Promise<PublicKey> {
  try {
    return await loadPublicKey(path.resolve(context.cwd, file));
  } catch (error) {
    if (error instanceof KeyFileError) throw new UsageError(error.text);
    throw error;
  }
}

function jsonResult(
  file: string,
  signatureFile: string,
  keyFingerprint: string,
  result: string,
  check: SignatureCheck,
  language: string | undefined,
) {
  return {
    file,
    signatureFile,
    result,
    valid: check.status === 'valid',
    keyFingerprint,
    signedBy: check.fingerprint ?? null,
    signedAt: check.signedAt ?? null,
    documentKind: check.documentKind ?? null,
    message: writeText(check.message, language),
  };
}
