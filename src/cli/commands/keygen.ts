import path from 'node:path';
import { KeyFileError, keyPairFiles, writeNewKeyPair } from '../../io/keys.js';
import { writeLine, type CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';

export interface KeygenOptions {
  output: string;
  format: 'text' | 'json';
}

/** `selfassess keygen -o <name>`: a new Ed25519 key pair, `<name>.key` (private) and `<name>.pub` (public). */
export async function keygenCommand(options: KeygenOptions, context: CliContext): Promise<number> {
  const shown = keyPairFiles(options.output);
  let written: { fingerprint: string };
  try {
    written = await writeNewKeyPair(path.resolve(context.cwd, options.output));
  } catch (error) {
    if (error instanceof KeyFileError) throw new UsageError(error.message);
    throw error;
  }
  writeLine(context.stderr, `wrote ${shown.privateKey}: the PRIVATE key — keep it secret and offline; never send, share or commit it`);
  writeLine(context.stderr, `wrote ${shown.publicKey}: the public key — give it to those who will verify your signatures`);
  writeLine(context.stderr, `fingerprint (SHA-256 of the public key): ${written.fingerprint}`);
  writeLine(context.stderr, 'Publish this fingerprint through an official channel, so that consultants can check the public key they receive.');
  if (options.format === 'json') {
    const result = { fingerprint: written.fingerprint, publicKey: shown.publicKey, privateKey: shown.privateKey };
    writeLine(context.stdout, JSON.stringify(result, null, 2));
  }
  return EXIT.ok;
}
