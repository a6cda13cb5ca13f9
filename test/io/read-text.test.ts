import { english } from '../support/english.js';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/io/load-document.js';
import { readBounded, readText } from '../../src/io/read-text.js';

const posix = process.platform !== 'win32';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function failure(result: Awaited<ReturnType<typeof readText>>) {
  if (result.ok) throw new Error('expected a failure');
  return { ...result.diagnostic, message: english(result.diagnostic.message) };
}

describe.runIf(posix)('readText: only regular files, refused before any read', () => {
  it('a named pipe with no writer: refused at once, never waited on', async () => {
    const fifo = path.join(dir, 'x.yaml');
    execFileSync('mkfifo', [fifo]);
    const diagnostic = failure(await readText(fifo));
    expect(diagnostic).toMatchObject({ code: 'file-not-regular', severity: 'error', file: fifo, pointer: '' });
    expect(diagnostic.message).toBe(`${fifo} is a named pipe, not a file — name a regular file`);
  });

  it('a link to /dev/zero (endless) or /dev/urandom: refused as a character device', async () => {
    for (const device of ['/dev/zero', '/dev/urandom', '/dev/null']) {
      const link = path.join(dir, `r-${path.basename(device)}.json`);
      await symlink(device, link);
      const diagnostic = failure(await readText(link));
      expect(diagnostic.code).toBe('file-not-regular');
      expect(diagnostic.message).toContain('is a character device, not a file');
    }
  });

  it('a character device named directly', async () => {
    expect(failure(await readText('/dev/zero')).code).toBe('file-not-regular');
  });

  it('through the loader, as every command reads', async () => {
    const link = path.join(dir, 'draft.yaml');
    await symlink('/dev/zero', link);
    const loaded = await loadDocument(link);
    expect(loaded.ok).toBe(false);
    expect(loaded.ok ? [] : loaded.diagnostics.map((d) => d.code)).toEqual(['file-not-regular']);
  });

  it('a regular file is still read', async () => {
    const file = path.join(dir, 'ok.yaml');
    await writeFile(file, 'a: 1\n');
    expect(await readText(file)).toEqual({ ok: true, text: 'a: 1\n' });
  });

  it('a file over the limit is refused by its size', async () => {
    const file = path.join(dir, 'big.yaml');
    await writeFile(file, 'a'.repeat(2000));
    expect(failure(await readText(file, 1000)).code).toBe('file-too-large');
  });
});

describe('readBounded: never more than the limit + 1 bytes, whatever the file says', () => {
  /** A file that never ends (one that grows while read, or a device behind a swapped path). */
  function endless() {
    let served = 0;
    return {
      get served() {
        return served;
      },
      async read(buffer: Buffer, offset: number, length: number) {
        buffer.fill(0x61, offset, offset + length);
        served += length;
        return { bytesRead: length, buffer };
      },
    };
  }

  it('stops after limit + 1 bytes and says the file is too large', async () => {
    const file = endless();
    const result = await readBounded(file as never, 1_000_000);
    expect(result).toBeUndefined();
    expect(file.served).toBe(1_000_001);
  });

  it('reads a file of exactly the limit', async () => {
    let left = 1000;
    const file = {
      async read(buffer: Buffer, offset: number, length: number) {
        const n = Math.min(left, length);
        left -= n;
        buffer.fill(0x62, offset, offset + n);
        return { bytesRead: n, buffer };
      },
    };
    expect((await readBounded(file as never, 1000))?.length).toBe(1000);
  });
});
