import { phrase } from '../../domain/diagnostic.js';
import path from 'node:path';
import { KeyFileError, keyPairFiles, writeNewKeyPair } from '../../io/keys.js';
import { say, writeLine, type CliContext } from '../context.js';
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
    if (error instanceof KeyFileError) throw new UsageError(error.text);
    throw error;
  }
  say(context, phrase('cli.keygen.private', { file: shown.privateKey }));
  say(context, phrase('cli.keygen.public', { file: shown.publicKey }));
  say(context, phrase('cli.keygen.fingerprint', { fingerprint: written.fingerprint }));
  say(context, phrase('cli.keygen.publish'));
  if (options.format === 'json') {
    const result = { fingerprint: written.fingerprint, publicKey: shown.publicKey, privateKey: shown.privateKey };
    writeLine(context.stdout, JSON.stringify(result, null, 2));
  }
  return EXIT.ok;
}
