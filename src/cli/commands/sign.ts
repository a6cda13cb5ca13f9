import { writeText } from '../../i18n/write-text.js';
import path from 'node:path';
import { recogniseDocument } from '../../domain/documents.js';
import { signDigest } from '../../domain/signature/sign.js';
import { documentDigest } from '../../domain/signature/payload.js';
import { KeyFileError, loadPrivateKey, type PrivateKey } from '../../io/keys.js';
import { loadDocument } from '../../io/load-document.js';
import { FILE_ACCESS_CODES as ACCESS_CODES } from '../../io/read-text.js';
import { signatureFileFor, writeSignatureFile } from '../../io/signatures.js';
import { FileExistsError } from '../../io/write-atomic.js';
import { contextLanguage, writeLine, type CliContext } from '../context.js';
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
    writeLine(context.stderr, `warning: ${options.key} can be read by other users of this machine — run "chmod 600 ${options.key}"`);
  }
  const loaded = await loadDocument(path.resolve(context.cwd, file));
  if (!loaded.ok) {
    const first = loaded.diagnostics[0];
    const reason = first ? `${writeText(first.message, contextLanguage(context))}${first.start ? ` (line ${first.start.line})` : ''}` : 'unreadable';
    const exitCode = first && ACCESS_CODES.has(first.code) ? EXIT.usage : EXIT.findings;
    throw new UserError(`cannot sign ${file}: ${reason}`, exitCode);
  }
  const recognised = recogniseDocument(loaded.document.data);
  if (!recognised.ok) throw new UserError(`cannot sign ${file}: ${writeText(recognised.finding.message, contextLanguage(context))}`, EXIT.findings);
  const digest = documentDigest(loaded.document.data);
  if (digest === undefined) {
    throw new UserError(`cannot sign ${file}: it holds a value JSON cannot represent (such as .inf or .nan) — replace it with a number`, EXIT.findings);
  }

  const signature = signDigest({ documentKind: recognised.kind, documentDigest: digest, privateKey: privateKey.key, signedAt: new Date() });
  const signatureFile = signatureFileFor(file);
  try {
    await writeSignatureFile(path.resolve(context.cwd, signatureFile), signature, { force: options.force ?? false });
  } catch (error) {
    if (error instanceof FileExistsError) {
      throw new UsageError(`${signatureFile} already exists — pass --force to replace that signature`);
    }
    // writeFileAtomic already names the file and says what to do.
    throw new UsageError(error instanceof Error ? error.message : `cannot write ${signatureFile}: ${String(error)}`);
  }
  writeLine(context.stderr, `signed ${file} (${recognised.kind}) with key ${privateKey.fingerprint}`);
  writeLine(context.stderr, `wrote ${signatureFile} — send it with the document`);
  return EXIT.ok;
}

async function privateKeyFrom(file: string, context: CliContext): Promise<PrivateKey> {
  try {
    return await loadPrivateKey(path.resolve(context.cwd, file));
  } catch (error) {
    if (error instanceof KeyFileError) throw new UsageError(error.message);
    throw error;
  }
}
