import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentDigest } from '../../src/domain/signature/payload.js';
import { signDigest } from '../../src/domain/signature/sign.js';
import { KeyFileError, loadPrivateKey, loadTrustedKeys, writeNewKeyPair } from '../../src/io/keys.js';
import { checkSignature, writeSignatureFile } from '../../src/io/signatures.js';

let dir: string;
const report = { kind: 'report', formatVersion: 1, overall: { score: 0.5 } };

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-sigio-'));
  await mkdir(path.join(dir, 'trusted'));
  await writeNewKeyPair(path.join(dir, 'trusted', 'ministry'));
  await writeNewKeyPair(path.join(dir, 'trusted', 'statistics-office'));
  await writeNewKeyPair(path.join(dir, 'stranger'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function signAs(keyFile: string, file: string, data: unknown): Promise<void> {
  const { key } = await loadPrivateKey(keyFile);
  const signature = signDigest({
    documentKind: 'report',
    documentDigest: documentDigest(data) ?? '',
    privateKey: key,
    signedAt: new Date(),
  });
  await writeSignatureFile(`${file}.sig`, signature, { force: true });
}

describe('loadTrustedKeys', () => {
  it('reads every public key of a folder and ignores private keys and other files', async () => {
    const keys = await loadTrustedKeys(path.join(dir, 'trusted'));
    expect(keys.map((k) => path.basename(k.source))).toEqual(['ministry.pub', 'statistics-office.pub']);
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k.fingerprint))).toBe(true);
  });

  it('refuses a folder without public keys, and a private key saved as .pub', async () => {
    await mkdir(path.join(dir, 'empty'));
    await expect(loadTrustedKeys(path.join(dir, 'empty'))).rejects.toThrow(/no public keys/);
    await expect(loadTrustedKeys(path.join(dir, 'missing'))).rejects.toBeInstanceOf(KeyFileError);
    await mkdir(path.join(dir, 'leaky'));
    await writeFile(path.join(dir, 'leaky', 'oops.pub'), await readFile(path.join(dir, 'stranger.key')));
    await expect(loadTrustedKeys(path.join(dir, 'leaky'))).rejects.toThrow(/oops\.pub is a PRIVATE key/);
  });
});

describe('checkSignature', () => {
  it('tells valid, missing, unknown-key and altered apart, naming the fingerprint', async () => {
    const trusted = await loadTrustedKeys(path.join(dir, 'trusted'));
    const file = path.join(dir, 'fra.report.json');
    expect(await checkSignature(file, report, trusted)).toMatchObject({ status: 'missing' });

    await signAs(path.join(dir, 'trusted', 'statistics-office.key'), file, report);
    const valid = await checkSignature(file, report, trusted);
    expect(valid).toMatchObject({ status: 'valid', fingerprint: trusted[1]?.fingerprint });
    expect(await checkSignature(file, { ...report, overall: { score: 1 } }, trusted)).toMatchObject({ status: 'altered' });

    await signAs(path.join(dir, 'stranger.key'), file, report);
    expect(await checkSignature(file, report, trusted)).toMatchObject({ status: 'unknown-key' });
  });

  it('reads the signature from another file when told, and calls an unreadable one malformed', async () => {
    const file = path.join(dir, 'elsewhere.json');
    await signAs(path.join(dir, 'trusted', 'ministry.key'), path.join(dir, 'detached'), report);
    const trusted = await loadTrustedKeys(path.join(dir, 'trusted'));
    expect(await checkSignature(file, report, trusted, { signatureFile: path.join(dir, 'detached.sig') })).toMatchObject({
      status: 'valid',
    });
    await writeFile(path.join(dir, 'bad.sig'), 'kind: [unclosed');
    expect(await checkSignature(file, report, trusted, { signatureFile: path.join(dir, 'bad.sig') })).toMatchObject({
      status: 'malformed',
    });
  });
});
