import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/io/validate-run.js';

/*
 * validateFiles hands records one by one, in the order of the files, and says
 * when a run of them is complete (`flush`), so that the command writes a run in
 * one piece. Through dist/validate-worker.js: build before running it alone.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'selfassess-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function documents(count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `${prefix}-${String(i).padStart(3, '0')}.json`);
    writeFileSync(file, i % 3 === 0 ? '{"kind": "report"' : '{"kind": "nothing known"}\n');
    return file;
  });
}

/** What validateFiles called, in order: a file name for a record, "flush" for a flush. */
async function events(files: readonly string[], jobs?: number): Promise<string[]> {
  const seen: string[] = [];
  await validateFiles(
    files,
    { jobs, sources: {} },
    (result) => {
      seen.push(result.file);
    },
    () => {
      seen.push('flush');
    },
  );
  return seen;
}

describe('validateFiles: records in order, flushed a run at a time', () => {
  it('in workers: every record once, in order, each run followed by one flush, fewer flushes than records', async () => {
    const files = documents(100, 'batch');
    const seen = await events(files, 2);
    expect(seen.filter((e) => e !== 'flush')).toEqual(files);
    expect(seen.at(-1)).toBe('flush');
    expect(seen.join('\n')).not.toMatch(/^flush\nflush$/m);
    expect(seen[0]).not.toBe('flush');
    const flushes = seen.filter((e) => e === 'flush').length;
    // How many runs the workers' batches make depends on when they come back (one, on a loaded machine, if all
    // arrive before the main thread looks); at most one a batch of files, never one a file.
    expect(flushes).toBeGreaterThanOrEqual(1);
    expect(flushes).toBeLessThan(files.length / 4);
  });

  it('in the main thread (a few small files): a flush after each record, as it is known', async () => {
    const files = documents(3, 'inline');
    expect(await events(files)).toEqual(files.flatMap((file) => [file, 'flush']));
  });
});
