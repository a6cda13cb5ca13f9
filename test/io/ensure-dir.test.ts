import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDir } from '../../src/io/ensure-dir.js';

describe('ensureDir', () => {
  it('creates missing parents and accepts an existing folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'selfassess-dir-'));
    const deep = path.join(root, 'a', 'b', 'c');
    await ensureDir(deep, 0o700);
    expect(statSync(deep).isDirectory()).toBe(true);
    await expect(ensureDir(deep)).resolves.toBeUndefined();
  });

  it.skipIf(!existsSync('/proc/self'))(
    'fails, rather than looping forever, where the file system refuses folders',
    async () => {
      await expect(ensureDir('/proc/selfassess-cannot-exist/x')).rejects.toThrow();
    },
    5_000,
  );
});
