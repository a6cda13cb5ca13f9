import { phrase } from '../../domain/diagnostic.js';
import path from 'node:path';
import { recogniseDocument } from '../../domain/documents.js';
import { signDigest } from '../../domain/signature/sign.js';
import { documentDigest } from '../../domain/signature/payload.js';
import { KeyFileError, loadPrivateKey, type PrivateKey } from '../../io/keys.js';
import { loadDocument } from '../../io/load-document.js';
import { isUnopenable } from '../../io/read-text.js';
import { signatureFileFor, writeSignatureFile } from '../../io/signatures.js';
import { FileExistsError } from '../../io/write-atomic.js';
import { say, type CliContext } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';

export interface SignOptions {
  key: string;
  force?: boolean;
}

/** Codes of a document that cannot be opened at all, as opposed to one whose content is wrong. */

/**
 * `selfassess sign <file> --key <private>`: a detached signature `<file>.sig`
 * over the document's canonical content, so that reformatting the file (YAML
 * comments, key order, JSON instead of YAML) keeps it valid.
 */
export async function signCommand(file: string, options: SignOptions, context: CliContext): Promise<number> {
  const privateKey = await privateKeyFrom(options.key, context);
  if (privateKey.exposed) {
    say(context, phrase('cli.sign.key-exposed', { key: options.key }));
  }
  const loaded = await loadDocument(path.resolve(context.cwd, file));
  if (!loaded.ok) {
    const first = loaded.diagnostics[0];
    const reason =
      first === undefined
        ? phrase('cli.sign.unreadable')
        : first.start
          ? phrase('cli.sign.reason-at-line', { reason: first.message, line: first.start.line })
          : first.message;
    const exitCode = first !== undefined && isUnopenable(first) ? EXIT.usage : EXIT.findings;
    throw new UserError(phrase('cli.sign.cannot', { file, reason }), exitCode);
  }
  const recognised = recogniseDocument(loaded.document.data);
  if (!recognised.ok) throw new UserError(phrase('cli.sign.cannot', { file, reason: recognised.finding.message }), EXIT.findings);
  const digest = documentDigest(loaded.document.data);
  if (digest === undefined) {
    throw new UserError(phrase('cli.sign.not-json-value', { file }), EXIT.findings);
  }

  const signature = signDigest({ documentKind: recognised.kind, documentDigest: digest, privateKey: privateKey.key, signedAt: new Date() });
  const signatureFile = signatureFileFor(file);
  try {
    await writeSignatureFile(path.resolve(context.cwd, signatureFile), signature, { force: options.force ?? false });
  } catch (error) {
    if (error instanceof FileExistsError) {
      throw new UsageError(phrase('cli.sign.exists', { file: signatureFile }));
    }
    // writeFileAtomic already names the file and says what to do.
    throw new UsageError(
      error instanceof Error ? error.message : phrase('cli.cannot-write', { file: signatureFile, reason: String(error) }),
    );
  }
  say(context, phrase('cli.sign.signed', { file, kind: recognised.kind, fingerprint: privateKey.fingerprint }));
  say(context, phrase('cli.sign.wrote', { file: signatureFile }));
  return EXIT.ok;
}

async function privateKeyFrom(file: string, context: CliContext): Promise<PrivateKey> {
  try {
    return await loadPrivateKey(path.resolve(context.cwd, file));
  } catch (error) {
    if (error instanceof KeyFileError) throw new UsageError(error.text);
    throw error;
  }
}
