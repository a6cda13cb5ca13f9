import { createHash, createPublicKey } from 'node:crypto';
import { copyFile, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';

let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });

const answers = {
  kind: 'answers',
  formatVersion: 1,
  checklist: { id: 'tip-protocol', version: '1.0.0' },
  language: 'en',
  respondent: { party: { type: 'state', code: 'FRA', name: 'France' }, institution: 'Ministry of Justice' },
  period: '2025',
  answers: { 'crim.offence': { value: 'yes' } },
};

/** A fresh copy of a document under a new name, signed with the ministry's key. */
async function signedCopy(name: string, source: 'checklist' | 'answers'): Promise<string> {
  if (source === 'checklist') await copyFile(path.join(ROOT, 'checklists/tip-protocol.yaml'), path.join(dir, name));
  else await writeFile(path.join(dir, name), JSON.stringify(answers, null, 2) + '\n');
  const r = run('sign', name, '--key', 'ministry.key');
  expect(r.stderr).toContain(`wrote ${name}.sig`);
  expect(r.status).toBe(0);
  return name;
}

async function editFile(name: string, edit: (text: string) => string): Promise<void> {
  const file = path.join(dir, name);
  await writeFile(file, edit(await readFile(file, 'utf8')));
}

/** Keys in reverse order at every level of the document. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  }
  return value;
}

function expectResult(r: RunResult, status: number, result: string): void {
  expect(r.stdout).toContain(`: ${result} — `);
  expect(r.status).toBe(status);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-sign-'));
  expect(run('keygen', '-o', 'ministry').status).toBe(0);
  expect(run('keygen', '-o', 'other').status).toBe(0);
  await copyFile(path.join(ROOT, 'checklists/tip-protocol.yaml'), path.join(dir, 'usage.yaml'));
  await writeFile(path.join(dir, 'usage.json'), JSON.stringify(answers));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('selfassess keygen', () => {
  it('writes a private and a public key and prints the fingerprint of the public key', async () => {
    const r = run('keygen', '-o', 'fresh', '--format', 'json');
    expect(r.status).toBe(0);
    const out: { fingerprint: string; publicKey: string; privateKey: string } = JSON.parse(r.stdout);
    expect(out).toMatchObject({ publicKey: 'fresh.pub', privateKey: 'fresh.key' });
    const der = createPublicKey(await readFile(path.join(dir, 'fresh.pub'), 'utf8')).export({ type: 'spki', format: 'der' });
    expect(out.fingerprint).toBe(createHash('sha256').update(der).digest('hex'));
    expect(r.stderr).toContain(`fingerprint (SHA-256 of the public key): ${out.fingerprint}`);
    expect(await readFile(path.join(dir, 'fresh.key'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-{5}\n/);
    expect(await readFile(path.join(dir, 'fresh.pub'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });

  it.skipIf(process.platform === 'win32')('creates the private key with mode 0600', async () => {
    expect((await stat(path.join(dir, 'ministry.key'))).mode & 0o777).toBe(0o600);
  });

  it('never overwrites a key', async () => {
    const before = await readFile(path.join(dir, 'ministry.key'), 'utf8');
    const r = run('keygen', '-o', 'ministry');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ministry\.key already exists — selfassess never overwrites a key/);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(await readFile(path.join(dir, 'ministry.key'), 'utf8')).toBe(before);
  });
});

describe('selfassess sign and verify', () => {
  it('verifies a signed checklist', async () => {
    const name = await signedCopy('checklist.yaml', 'checklist');
    const sig = JSON.parse(await readFile(path.join(dir, `${name}.sig`), 'utf8'));
    expect(sig).toMatchObject({
      kind: 'signature',
      formatVersion: 1,
      algorithm: 'ed25519',
      canonicalization: 'RFC8785',
      documentKind: 'checklist',
    });
    expectResult(run('verify', name, '--key', 'ministry.pub'), 0, 'valid');
  });

  it('verifies a signed JSON document, with a JSON result', async () => {
    const name = await signedCopy('answers.json', 'answers');
    const r = run('verify', name, '--key', 'ministry.pub', '--format', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      file: name,
      signatureFile: `${name}.sig`,
      result: 'valid',
      valid: true,
      documentKind: 'answers',
    });
  });

  it('detects a one-byte change to the signed file', async () => {
    for (const [name, source, from, to] of [
      ['altered.yaml', 'checklist', 'title: { en: "Prevention"', 'title: { en: "Preventiom"'],
      ['altered.json', 'answers', '"FRA"', '"FRB"'],
    ] as const) {
      await signedCopy(name, source);
      const before = await readFile(path.join(dir, name));
      await editFile(name, (text) => text.replace(from, to));
      const after = await readFile(path.join(dir, name));
      expect(after.length).toBe(before.length);
      expect(after.filter((byte, i) => byte !== before[i])).toHaveLength(1);
      expectResult(run('verify', name, '--key', 'ministry.pub'), 1, 'signature-document-altered');
    }
  });

  it('detects a change that leaves the file unreadable as a document', async () => {
    const name = await signedCopy('truncated.json', 'answers');
    await editFile(name, (text) => text.slice(0, -3));
    expectResult(run('verify', name, '--key', 'ministry.pub'), 1, 'signature-document-altered');
  });

  it('still verifies a reformatted file with the same content (comments, key order, JSON for YAML)', async () => {
    const name = await signedCopy('reformatted.yaml', 'checklist');
    const original = await readFile(path.join(dir, name), 'utf8');
    await writeFile(path.join(dir, name), '# Reviewed by the legal department.\n' + stringify(reversed(parse(original)), { lineWidth: 0 }));
    expect(await readFile(path.join(dir, name), 'utf8')).not.toBe(original);
    expectResult(run('verify', name, '--key', 'ministry.pub'), 0, 'valid');

    await writeFile(path.join(dir, 'reformatted.json'), JSON.stringify(parse(original)));
    expectResult(run('verify', 'reformatted.json', '--key', 'ministry.pub', '--signature', `${name}.sig`), 0, 'valid');
  });

  it('reports a signature made with another key', async () => {
    const name = await signedCopy('wrong-key.yaml', 'checklist');
    const r = run('verify', name, '--key', 'other.pub');
    expectResult(r, 1, 'signature-wrong-key');
  });

  it('reports a missing signature', async () => {
    await copyFile(path.join(ROOT, 'checklists/tip-protocol.yaml'), path.join(dir, 'unsigned.yaml'));
    expectResult(run('verify', 'unsigned.yaml', '--key', 'ministry.pub'), 1, 'signature-missing');
  });

  it('reports a tampered signature as invalid', async () => {
    const name = await signedCopy('tampered.json', 'answers');
    const sigFile = path.join(dir, `${name}.sig`);
    const sig: { signature: string; signedAt: string } = JSON.parse(await readFile(sigFile, 'utf8'));
    const flipped = sig.signature.charAt(10) === 'A' ? 'B' : 'A';
    await writeFile(sigFile, JSON.stringify({ ...sig, signature: sig.signature.slice(0, 10) + flipped + sig.signature.slice(11) }));
    expectResult(run('verify', name, '--key', 'ministry.pub'), 1, 'signature-invalid');

    await writeFile(sigFile, JSON.stringify({ ...sig, signedAt: '2020-01-01T00:00:00.000Z' }));
    expectResult(run('verify', name, '--key', 'ministry.pub'), 1, 'signature-invalid');
  });

  it('reports a signature file that is not a signature document as malformed', async () => {
    const name = await signedCopy('malformed.json', 'answers');
    const sigFile = path.join(dir, `${name}.sig`);
    const sig: Record<string, unknown> = JSON.parse(await readFile(sigFile, 'utf8'));
    for (const content of [
      '{ not json',
      JSON.stringify({ ...sig, documentDigest: undefined }),
      JSON.stringify({ ...sig, algorithm: 'rsa' }),
      '',
    ]) {
      await writeFile(sigFile, content);
      expectResult(run('verify', name, '--key', 'ministry.pub'), 1, 'signature-malformed');
    }
  });

  it('never replaces a signature without --force', async () => {
    const name = await signedCopy('resign.yaml', 'checklist');
    const before = await readFile(path.join(dir, `${name}.sig`), 'utf8');
    const r = run('sign', name, '--key', 'other.key');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${name}.sig already exists — pass --force`);
    expect(await readFile(path.join(dir, `${name}.sig`), 'utf8')).toBe(before);
    expect(run('sign', name, '--key', 'other.key', '--force').status).toBe(0);
    expectResult(run('verify', name, '--key', 'other.pub'), 0, 'valid');
  });

  it('refuses to sign a file that is not a selfassess document', async () => {
    await writeFile(path.join(dir, 'notes.yaml'), 'title: meeting notes\n');
    const r = run('sign', 'notes.yaml', '--key', 'ministry.key');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot sign notes.yaml: missing "kind"');
    expect(await readdir(dir)).not.toContain('notes.yaml.sig');
  });

  it.each([
    [['verify', 'usage.yaml', '--key', 'ministry.key'], /ministry\.key is a PRIVATE key/],
    [['sign', 'usage.yaml', '--key', 'ministry.pub'], /ministry\.pub is a public key — signing needs the private key/],
    [['verify', 'usage.yaml', '--key', 'nowhere.pub'], /cannot read key .*nowhere\.pub: file not found/],
    [['verify', 'usage.yaml', '--key', 'usage.json'], /usage\.json is not a key file/],
    [['verify', 'usage.yaml', '--key', 'usage.yaml'], /usage\.yaml is too large to be a key file/],
    [['verify', 'nowhere.yaml', '--key', 'ministry.pub'], /cannot verify nowhere\.yaml: file not found/],
    [['sign', 'nowhere.yaml', '--key', 'ministry.key'], /cannot sign nowhere\.yaml: file not found/],
  ])('refuses %j with exit 2 and a clear message', (args, message) => {
    const r = run(...args);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('documents its results and exit codes', () => {
    const r = run('verify', '--help');
    expect(r.status).toBe(0);
    for (const code of [
      'valid',
      'signature-missing',
      'signature-wrong-key',
      'signature-document-altered',
      'signature-invalid',
      'signature-malformed',
    ]) {
      expect(r.stdout).toContain(code);
    }
  });
});

describe('the repository', () => {
  it('holds no private key, not even as a test fixture', async () => {
    const marker = ['-----BEGIN', 'PRIVATE KEY-----'].join(' ');
    const found: string[] = [];
    for (const file of await filesUnder(ROOT)) {
      if ((await readFile(file, 'utf8')).includes(marker)) found.push(path.relative(ROOT, file));
    }
    expect(found).toEqual([]);
  });
});

async function filesUnder(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (['node_modules', '.git', 'dist'].includes(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}
