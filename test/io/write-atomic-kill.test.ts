import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FileExistsError, writeFileAtomic } from '../../src/io/write-atomic.js';
import { ROOT } from '../support/run-cli.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-atomic-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** True when the text is one complete version written by test/support/atomic-writer.ts. */
function isCompleteVersion(text: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null || !('digest' in parsed)) return false;
  const { digest, ...body } = parsed;
  return digest === createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/** Starts the writer and resolves once it has replaced the file at least once. */
function startWriter(script: string, target: string): Promise<import('node:child_process').ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, target], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => resolve(child));
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`writer exited early (${code ?? signal})`)));
  });
}

function killed(child: import('node:child_process').ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('writeFileAtomic under SIGKILL', () => {
  it('leaves the target as one complete version, old or new, after every kill', async () => {
    const script = path.join(dir, 'atomic-writer.mjs');
    await build({
      entryPoints: [path.join(ROOT, 'test/support/atomic-writer.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
    const work = path.join(dir, 'kills');
    await mkdir(work);
    const target = path.join(work, 'report.json');

    const versions = new Set<string>();
    const kills = 40;
    for (let i = 0; i < kills; i++) {
      const child = await startWriter(script, target);
      // Random moments: during generation, while the temp file is written or synced, around the rename.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
      await killed(child);
      const text = await readFile(target, 'utf8');
      expect(isCompleteVersion(text), `after kill ${i + 1}, ${target} is partial`).toBe(true);
      const { writer, version } = JSON.parse(text) as { writer: number; version: number };
      versions.add(`${writer}:${version}`);
    }
    const leftovers = (await readdir(work)).filter((name) => name.endsWith('.tmp'));
    expect(versions.size).toBeGreaterThan(kills / 2);
    // Temp files of interrupted writes may remain; they never replace the target.
    expect(leftovers.every((name) => name.startsWith('.report.json.'))).toBe(true);
    // No time is asserted (speed is the bench's business): forty writers each start a Node process,
    // which on a loaded machine takes up to a second; the limit below only catches a hang.
  }, 90_000);
});

describe('writeFileAtomic', () => {
  it('writes a new file', async () => {
    const file = path.join(dir, 'new.json');
    await writeFileAtomic(file, '{"a":1}\n');
    expect(await readFile(file, 'utf8')).toBe('{"a":1}\n');
  });

  it('refuses to overwrite an existing file without force, leaving it untouched', async () => {
    const file = path.join(dir, 'existing.json');
    await writeFile(file, 'original');
    await expect(writeFileAtomic(file, 'replacement')).rejects.toBeInstanceOf(FileExistsError);
    await expect(writeFileAtomic(file, 'replacement')).rejects.toThrow(/already exists — .*--force/);
    expect(await readFile(file, 'utf8')).toBe('original');
    await writeFileAtomic(file, 'replacement', { force: true });
    expect(await readFile(file, 'utf8')).toBe('replacement');
  });

  it('refuses a symbolic link at the target, even with force, and leaves what it points to untouched', async () => {
    const real = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    await writeFile(real, 'original');
    await symlink(real, link);
    await expect(writeFileAtomic(link, 'replacement', { force: true })).rejects.toThrow(/symbolic link/);
    expect(await readFile(real, 'utf8')).toBe('original');
  });

  it.skipIf(process.platform === 'win32')('creates the file with mode 0600 when asked', async () => {
    const file = path.join(dir, 'secret.key');
    await writeFileAtomic(file, 'secret', { mode: 0o600 });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses a directory at the target with a clear message, leaving it intact', async () => {
    const target = path.join(dir, 'a-directory');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(target, 'x', { force: true })).rejects.toThrow(/is a directory — name a file/);
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('leaves the original intact and removes its temp file when the rename fails', async () => {
    const work = path.join(dir, 'rename-fails');
    await mkdir(work);
    const file = path.join(work, 'report.json');
    await writeFile(file, 'original');
    vi.resetModules();
    vi.doMock('node:fs/promises', async (importOriginal) => {
      const actual = await importOriginal<typeof import('node:fs/promises')>();
      const rename = async (from: string, to: string): Promise<void> => {
        throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}' -> '${to}'`), { code: 'EXDEV' });
      };
      return { ...actual, default: { ...actual, rename }, rename };
    });
    try {
      const fresh = await import('../../src/io/write-atomic.js');
      await expect(fresh.writeFileAtomic(file, 'replacement', { force: true })).rejects.toThrow(/report\.json/);
    } finally {
      vi.doUnmock('node:fs/promises');
      vi.resetModules();
    }
    expect(await readFile(file, 'utf8')).toBe('original');
    expect(await readdir(work)).toEqual(['report.json']);
  });
});
