import { phrase, type DiagnosticText, type Phrase } from '../domain/diagnostic.js';
import { writeText } from '../i18n/write-text.js';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import path from 'node:path';
import { fingerprintOf, publicKeyFingerprint, type PublicKey } from '../domain/signature/fingerprint.js';
import { readText } from './read-text.js';
import { FileExistsError, writeFileAtomic } from './write-atomic.js';

/** A key file that cannot be used as asked; its text names the file and says what to do, written in the command's language when printed. */
export class KeyFileError extends Error {
  constructor(readonly text: DiagnosticText) {
    super(writeText(text, 'en'));
    this.name = 'KeyFileError';
  }
}

export interface PrivateKey {
  fingerprint: string;
  key: KeyObject;
  source: string;
  /** Readable by other users of this machine (POSIX permissions wider than 0600). */
  exposed: boolean;
}

/** A PEM key file is a few hundred bytes; anything much larger is not one. */
const MAX_KEY_BYTES = 16 * 1024;

/** The two files of a key pair: `<base>.key` (private) and `<base>.pub` (public). */
export function keyPairFiles(base: string): { privateKey: string; publicKey: string } {
  const stem = base.replace(/\.(key|pub)$/, '');
  return { privateKey: `${stem}.key`, publicKey: `${stem}.pub` };
}

/**
 * Makes a new Ed25519 key pair. The private key is created with mode 0600
 * and an existing file is never replaced: overwriting a private key would
 * destroy the only means of signing under that published fingerprint.
 */
export async function writeNewKeyPair(base: string): Promise<{ privateKey: string; publicKey: string; fingerprint: string }> {
  const files = keyPairFiles(base);
  const { lstat, unlink } = await import('node:fs/promises');
  for (const file of [files.privateKey, files.publicKey]) {
    if (
      await lstat(file).then(
        () => true,
        () => false,
      )
    )
      throw keyExists(file);
  }
  const pair = generateKeyPairSync('ed25519');
  const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' });
  const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' });
  await writeKeyFile(files.privateKey, privatePem, 0o600);
  // Half a key pair is of no use, and a private key without its public key would be left lying about.
  await writeKeyFile(files.publicKey, publicPem, 0o644).catch(async (error: unknown) => {
    await unlink(files.privateKey).catch(() => undefined);
    throw error;
  });
  return { ...files, fingerprint: fingerprintOf(pair.publicKey.export({ type: 'spki', format: 'der' })) };
}

async function writeKeyFile(file: string, pem: string | Buffer, mode: number): Promise<void> {
  try {
    await writeFileAtomic(file, pem, { mode });
  } catch (error) {
    if (error instanceof FileExistsError) throw keyExists(file);
    // writeFileAtomic already names the file and says what to do.
    throw new KeyFileError(error instanceof Error ? error.message : phrase('cli.cannot-write', { file, reason: reasonOf(error) }));
  }
}

function keyExists(file: string): KeyFileError {
  return new KeyFileError(phrase('key.exists', { file }));
}

type ParsedKey = { type: 'private'; key: KeyObject } | { type: 'public'; key: KeyObject };

async function readKeyFile(file: string): Promise<ParsedKey> {
  const text = await readText(file, MAX_KEY_BYTES);
  if (!text.ok) {
    if (text.diagnostic.code === 'file-too-large') {
      throw new KeyFileError(phrase('key.too-large', { file }));
    }
    throw new KeyFileError(phrase('key.unreadable', { file, reason: text.diagnostic.message }));
  }
  if (!text.text.includes('-----BEGIN ')) {
    throw new KeyFileError(phrase('key.not-pem', { file }));
  }
  let parsed: ParsedKey;
  try {
    // Private first: createPublicKey would silently derive a public key from a private one.
    parsed = { type: 'private', key: createPrivateKey({ key: text.text, format: 'pem' }) };
  } catch (error) {
    if (errorCode(error) === 'ERR_MISSING_PASSPHRASE') {
      throw new KeyFileError(phrase('key.encrypted', { file }));
    }
    try {
      parsed = { type: 'public', key: createPublicKey({ key: text.text, format: 'pem' }) };
    } catch {
      throw new KeyFileError(phrase('key.unreadable-pem', { file }));
    }
  }
  if (parsed.key.asymmetricKeyType !== 'ed25519') {
    throw new KeyFileError(phrase('key.not-ed25519', { file, type: parsed.key.asymmetricKeyType ?? '?' }));
  }
  return parsed;
}

/** A public key file (`.pub`); a private key given in its place is refused, never used. */
export async function loadPublicKey(file: string): Promise<PublicKey> {
  const parsed = await readKeyFile(file);
  if (parsed.type === 'private') {
    throw new KeyFileError(phrase('key.private-for-public', { file }));
  }
  return { fingerprint: publicKeyFingerprint(parsed.key), key: parsed.key, source: file };
}

/** A private key file (`.key`), with whether its permissions let other users read it. */
export async function loadPrivateKey(file: string): Promise<PrivateKey> {
  const parsed = await readKeyFile(file);
  if (parsed.type === 'public') {
    throw new KeyFileError(phrase('key.public-for-private', { file }));
  }
  const { stat } = await import('node:fs/promises');
  const mode = (await stat(file)).mode;
  const exposed = process.platform !== 'win32' && (mode & 0o077) !== 0;
  return { fingerprint: publicKeyFingerprint(parsed.key), key: parsed.key, source: file, exposed };
}

/**
 * The public keys (`*.pub`) in a folder, one per trusted signer. Other files
 * are ignored; a private key saved as `.pub` is refused, since it would be
 * handed to everyone who receives the folder.
 */
export async function loadTrustedKeys(dir: string): Promise<PublicKey[]> {
  let names: string[];
  const { readdir } = await import('node:fs/promises');
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new KeyFileError(phrase('key.trusted-folder-unreadable', { dir, reason: reasonOf(error) }));
  }
  const files = names.filter((name) => name.endsWith('.pub')).sort();
  if (files.length === 0) {
    throw new KeyFileError(phrase('key.no-trusted-keys', { dir }));
  }
  const keys = new Map<string, PublicKey>();
  for (const name of files) {
    const key = await loadPublicKey(path.join(dir, name));
    if (!keys.has(key.fingerprint)) keys.set(key.fingerprint, key);
  }
  return [...keys.values()];
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function reasonOf(error: unknown): Phrase | string {
  const code = errorCode(error);
  if (code === 'ENOENT') return phrase('key.reason.not-found');
  if (code === 'EACCES' || code === 'EPERM') return phrase('key.reason.permission');
  return error instanceof Error ? error.message : String(error);
}
