import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { WriteError, writeErrorText } from '../../src/io/write-error.js';

const failure = async (write: Promise<void>): Promise<unknown> =>
  write.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('write errors in the language of whoever reports them', () => {
  it('says that the folder does not exist, in English and in French (the assess session puts it in its sentence)', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'selfassess-write-error-')), 'missing', 'draft.yaml');
    const error = await failure(writeFileAtomic(file, 'x'));
    expect(error).toBeInstanceOf(WriteError);
    expect(writeErrorText(error, 'en')).toBe(
      `cannot write ${file}: the folder does not exist — check that its folder exists and is writable`,
    );
    expect(writeErrorText(error, 'fr')).toBe(
      `impossible d’écrire ${file}\u00a0: le dossier n’existe pas — vérifiez que son dossier existe et est accessible en écriture`,
    );
    // The English message stays, for callers that do not choose a language.
    expect((error as Error).message).toBe(writeErrorText(error, 'en'));
  });

  it('says that a directory stands at the target, in French', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'selfassess-write-error-'));
    const error = await failure(writeFileAtomic(folder, 'x', { force: true }));
    expect(writeErrorText(error, 'fr')).toBe(`${folder} est un dossier — indiquez un fichier`);
  });

  it('gives the message of any other error as it is', () => {
    expect(writeErrorText(new Error('boom'), 'fr')).toBe('boom');
    expect(writeErrorText('plain', 'fr')).toBe('plain');
  });
});
