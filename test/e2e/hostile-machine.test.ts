import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS_CHECKLISTS, BAD_INPUTS_DIR } from '../fixtures/bad-inputs/generate.js';
import { hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';

/*
 * Outputs that are not files: --force replaces regular files only, so a device
 * or a named pipe named with -o is refused (exit 2) and left as it was.
 */
const posix = process.platform !== 'win32';
let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });
const REPORT = path.join(BAD_INPUTS_DIR, 'valid-report.json');
const ANSWERS = path.join(BAD_INPUTS_DIR, 'valid-answers.yaml');

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-machine-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function refused(r: RunResult, target: string, kind: string): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toContain(`${target} is ${kind}, not a file — selfassess replaces only regular files`);
  expect(hasStackTrace(r.stderr)).toBe(false);
  expect(r.stderr).not.toContain('internal error');
}

describe.runIf(posix)('--force never replaces a device or a named pipe', () => {
  it('render -o /dev/null --force and -o /dev/full --force: refused, the devices untouched', async () => {
    for (const device of ['/dev/null', '/dev/full']) {
      const r = run('render', REPORT, '-f', 'md', '-o', device, '--force', '--checklists', BAD_INPUTS_CHECKLISTS);
      refused(r, device, 'a character device');
      expect((await stat(device)).isCharacterDevice()).toBe(true);
    }
  });

  it('score -o <named pipe> --force: refused, the pipe still a pipe, no temporary file', async () => {
    const fifo = path.join(dir, 'report.json');
    execFileSync('mkfifo', [fifo]);
    const r = run('score', ANSWERS, '--checklists', BAD_INPUTS_CHECKLISTS, '-o', fifo, '--force');
    refused(r, fifo, 'a named pipe');
    expect((await stat(fifo)).isFIFO()).toBe(true);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('sign --force over a .sig that is a named pipe: refused with exit 2', async () => {
    await copyFile(REPORT, path.join(dir, 'r.json'));
    expect(run('keygen', '-o', 'k').status).toBe(0);
    execFileSync('mkfifo', [path.join(dir, 'r.json.sig')]);
    const r = run('sign', 'r.json', '--key', 'k.key', '--force');
    refused(r, path.join(dir, 'r.json.sig'), 'a named pipe');
  });
});
