import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/io/write-atomic.js';

// open() is wrapped so that a test can hand back a file handle whose writes fail (a full disk).
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return { ...original, open: vi.fn(original.open) };
});

const posix = process.platform !== 'win32';
const root = process.getuid?.() === 0;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const leftovers = async (folder: string): Promise<string[]> => (await readdir(folder)).filter((name) => name.endsWith('.tmp'));

function failingWrites(code: string): void {
  const open = vi.mocked(fsPromises.open);
  const real = open.getMockImplementation();
  open.mockImplementationOnce(async (...args: Parameters<typeof fsPromises.open>) => {
    const handle = await (real ?? ((...a: Parameters<typeof fsPromises.open>) => fsPromises.open(...a)))(...args);
    handle.writeFile = async () => {
      throw Object.assign(new Error(`${code}: simulated failure, write`), { code });
    };
    return handle;
  });
}

describe.runIf(posix)('writeFileAtomic: only regular files are replaced', () => {
  it('a named pipe is refused, with or without --force, and left in place', async () => {
    const fifo = path.join(dir, 'out.html');
    execFileSync('mkfifo', [fifo]);
    for (const force of [true, false]) {
      await expect(writeFileAtomic(fifo, 'x', { force })).rejects.toThrow(
        `${fifo} is a named pipe, not a file — selfassess replaces only regular files; name a file with -o`,
      );
    }
    expect((await stat(fifo)).isFIFO()).toBe(true);
    expect(await leftovers(dir)).toEqual([]);
  });

  it('/dev/null and /dev/full are refused as character devices, never replaced', async () => {
    for (const device of ['/dev/null', '/dev/full']) {
      await expect(writeFileAtomic(device, 'x', { force: true })).rejects.toThrow(/is a character device, not a file/);
      expect((await stat(device)).isCharacterDevice()).toBe(true);
    }
  });
});

describe.runIf(posix)('writeFileAtomic: permissions', () => {
  it('--force keeps the mode of the file it replaces (a private report stays private)', async () => {
    const file = path.join(dir, 'private.report.json');
    await writeFile(file, 'old');
    await chmod(file, 0o600);
    await writeFileAtomic(file, 'new', { force: true });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('never wider than the mode asked for', async () => {
    const file = path.join(dir, 'draft.yaml');
    await writeFile(file, 'old');
    await chmod(file, 0o644);
    await writeFileAtomic(file, 'new', { force: true, mode: 0o600 });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});

describe('writeFileAtomic: a failed write', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the folder is read-only'],
    ['EDQUOT', 'the disk quota is exceeded'],
    ['EIO', 'the disk reported an input/output error'],
  ])('%s: the temporary file is removed and the reason said in plain words', async (code, words) => {
    const folder = path.join(dir, `fail-${code}`);
    await mkdir(folder);
    const file = path.join(folder, 'r.report.json');
    failingWrites(code);
    await expect(writeFileAtomic(file, 'content')).rejects.toThrow(`cannot write ${file}: ${words} — nothing was written`);
    expect(await readdir(folder)).toEqual([]);
  });

  it('the file replaced with --force is left as it was', async () => {
    const file = path.join(dir, 'kept.json');
    await writeFile(file, 'old');
    failingWrites('ENOSPC');
    await expect(writeFileAtomic(file, 'new', { force: true })).rejects.toThrow(/the disk is full/);
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await leftovers(dir)).toEqual([]);
  });

  it.runIf(posix && !root)('a read-only folder: said in plain words', async () => {
    const folder = path.join(dir, 'read-only');
    await mkdir(folder);
    await chmod(folder, 0o500);
    try {
      await expect(writeFileAtomic(path.join(folder, 'x.json'), 'x')).rejects.toThrow(/permission denied/);
    } finally {
      await chmod(folder, 0o700);
    }
  });
});
