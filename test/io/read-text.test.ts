import { english } from '../support/english.js';
import { writeText } from '../../src/i18n/write-text.js';
import { execFileSync } from 'node:child_process';
import { appendFile, chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/io/load-document.js';
import { decodeText, readBounded, readBoundedSync, readText, readTextSync } from '../../src/io/read-text.js';
import { findFiles } from '../../src/io/find-files.js';

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

  it('states the limit in megabytes as each language writes a decimal', async () => {
    const bigger = path.join(dir, 'bigger.yaml');
    await writeFile(bigger, 'a'.repeat(1_700_000));
    const result = await readText(bigger, 1.5 * 1024 * 1024);
    if (result.ok) throw new Error('expected a failure');
    expect(writeText(result.diagnostic.message, 'en')).toContain('limit of 1.5 MB');
    expect(writeText(result.diagnostic.message, 'fr')).toContain('limite de 1,5\u00a0Mo');
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

describe('readTextSync (validation workers): the same result as readText', () => {
  it.runIf(posix)('on every kind of file readText refuses or reads', async () => {
    const fifo = path.join(dir, 'sync-pipe.json');
    execFileSync('mkfifo', [fifo]);
    const zero = path.join(dir, 'sync-zero.json');
    await symlink('/dev/zero', zero);
    const loop = path.join(dir, 'sync-loop.json');
    await symlink(loop, loop);
    const files: Record<string, string | Buffer> = {
      'sync-ok.json': '{"a": 1}\n',
      'sync-bom.json': '\ufeff{"a": 1}',
      'sync-empty.json': '  \n',
      'sync-latin1.json': Buffer.from([0x7b, 0xe9, 0x7d]),
      'sync-big.json': 'a'.repeat(2000),
      'sync-exact.json': 'b'.repeat(1000),
    };
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
    const names = [...Object.keys(files).map((name) => path.join(dir, name)), fifo, zero, loop, dir, path.join(dir, 'missing.json')];
    for (const file of names) {
      const sync = readTextSync(file, 1000);
      expect(sync, file).toEqual(await readText(file, 1000));
    }
    expect(readTextSync(path.join(dir, 'sync-ok.json'))).toEqual({ ok: true, text: '{"a": 1}\n' });
    expect(failure(readTextSync(path.join(dir, 'sync-big.json'), 1000)).code).toBe('file-too-large');
  });
});

describe('one stat per file, of the open descriptor: what was opened is what is judged', () => {
  it('a file that grew past the limit after it was listed is refused by its size, by both readers', async () => {
    const folder = path.join(dir, 'grows');
    await mkdir(folder);
    const file = path.join(folder, 'grows.json');
    await writeFile(file, '{"a": 1}\n');
    const { files } = await findFiles([folder]);
    expect(files).toEqual([`${folder}/grows.json`]);
    await appendFile(file, ' '.repeat(2000));
    for (const result of [readTextSync(file, 1000), await readText(file, 1000)]) {
      expect(failure(result)).toMatchObject({ code: 'file-too-large', file, pointer: '' });
    }
  });

  it.runIf(posix)('a socket, which no open accepts, is said to be a socket, by both readers', async () => {
    const socket = path.join(dir, 'socket.json');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      for (const result of [readTextSync(socket), await readText(socket)]) {
        const diagnostic = failure(result);
        expect(diagnostic.code).toBe('file-not-regular');
        expect(diagnostic.message).toBe(`${socket} is a socket, not a file — name a regular file`);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  // Root opens any file: only another user sees the open refused.
  it.runIf(posix && process.getuid?.() !== 0)(
    'an unreadable file over the limit is said too large, as a stat before the open said',
    async () => {
      const locked = path.join(dir, 'locked-big.json');
      await writeFile(locked, 'a'.repeat(2000));
      await chmod(locked, 0o000);
      const unreadable = path.join(dir, 'locked-small.json');
      await writeFile(unreadable, 'a');
      await chmod(unreadable, 0o000);
      for (const result of [readTextSync(locked, 1000), await readText(locked, 1000)]) expect(failure(result).code).toBe('file-too-large');
      for (const result of [readTextSync(unreadable, 1000), await readText(unreadable, 1000)]) {
        expect(failure(result).code).toBe('file-unreadable');
      }
    },
  );
});

describe('readBoundedSync: never more than the limit + 1 bytes, whatever the file says', () => {
  it('stops after limit + 1 bytes of a file that never ends', () => {
    let served = 0;
    const endless = (buffer: Buffer, offset: number, length: number): number => {
      buffer.fill(0x61, offset, offset + length);
      served += length;
      return length;
    };
    expect(readBoundedSync(endless, 1_000_000, 10)).toBeUndefined();
    expect(served).toBe(1_000_001);
  });

  it('reads a file longer or shorter than its stated size, up to the limit', () => {
    const file = (size: number) => {
      let left = size;
      return (buffer: Buffer, offset: number, length: number): number => {
        const n = Math.min(left, length);
        left -= n;
        buffer.fill(0x62, offset, offset + n);
        return n;
      };
    };
    expect(readBoundedSync(file(1000), 1000, 10)?.length).toBe(1000);
    expect(readBoundedSync(file(300_000), 1_000_000, 0)?.length).toBe(300_000);
    expect(readBoundedSync(file(10), 1000, 500)?.length).toBe(10);
    expect(readBoundedSync(file(0), 1000, 0)?.length).toBe(0);
    expect(readBoundedSync(file(1001), 1000, 1000)).toBeUndefined();
  });
});

describe('decodeText: what a fatal TextDecoder gives', () => {
  /** The reference: the WHATWG decoder, fatal, byte-order mark dropped. */
  const reference = (bytes: Uint8Array): string | null => {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return null;
    }
  };
  const decoded = (bytes: Uint8Array): string | null => {
    const text = decodeText('a.json', bytes);
    if (text.ok) return text.text;
    return text.diagnostic.code === 'file-not-utf8' ? null : '';
  };
  const agree = (bytes: Uint8Array): void => {
    const expected = reference(bytes);
    // An empty or blank text is file-empty, not a text.
    expect(decoded(bytes)).toBe(expected === null ? null : expected.trim() === '' ? '' : expected);
  };

  it('on arbitrary bytes, text with and without a byte-order mark, and every kind of malformed UTF-8', async () => {
    const fc = (await import('fast-check')).default;
    const bom = [0xef, 0xbb, 0xbf];
    const malformed = [
      [0xc0, 0xaf], // overlong "/"
      [0xe0, 0x80, 0xaf], // overlong
      [0xed, 0xa0, 0x80], // a surrogate
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0xe2, 0x82], // truncated
      [0x80], // a lone continuation byte
      [0xff],
    ];
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }).map((s) => [...Buffer.from(s, 'utf8')]),
      fc.constantFrom(bom, ...malformed),
      fc.uint8Array({ maxLength: 8 }).map((b) => [...b]),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => agree(Uint8Array.from(pieces.flat()))),
      { numRuns: 3000 },
    );
  });

  it('on texts of several 4 kB chunks (decoded chunk by chunk): characters of 2, 3 and 4 bytes across every chunk boundary', () => {
    for (const character of ['é', '—', '😀']) {
      for (let at = 4090; at <= 4100; at++) {
        for (const prefix of [[], [0xef, 0xbb, 0xbf]]) {
          const text = `${'a'.repeat(at)}${character}${'b'.repeat(5000)}${character}${'c'.repeat(3000)}`;
          agree(Uint8Array.from([...prefix, ...Buffer.from(text, 'utf8')]));
        }
      }
    }
  });

  it('on long arbitrary texts: ASCII runs of any length between other characters, malformed bytes among them', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.oneof(
      fc.nat({ max: 6000 }).map((n) => [...Buffer.from('x'.repeat(n))]),
      fc.string({ unit: 'binary', maxLength: 40 }).map((s) => [...Buffer.from(s, 'utf8')]),
      fc.constantFrom([0xc3], [0x80], [0xe2, 0x82], [0xff]),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.boolean(), (pieces, backed) => {
        const bytes = Uint8Array.from(pieces.flat());
        // Also as a view into a larger buffer, as the reused read buffer gives it.
        const view = backed ? Buffer.concat([Buffer.from('zz'), bytes, Buffer.from('zz')]).subarray(2, bytes.length + 2) : bytes;
        agree(view);
      }),
      { numRuns: 300 },
    );
  });

  it('on a view into a larger buffer (the reused read buffer), and on a byte-order mark alone', () => {
    const backing = Buffer.from('xx{"a":"é"}yy', 'utf8');
    const view = backing.subarray(2, backing.length - 2);
    expect(decodeText('a.json', view)).toEqual({ ok: true, text: '{"a":"é"}' });
    agree(Uint8Array.from([0xef, 0xbb, 0xbf]));
    agree(Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x31]));
  });
});
