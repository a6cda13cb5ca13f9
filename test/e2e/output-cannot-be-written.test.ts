import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, hasStackTrace } from '../support/run-cli.js';
import { sampleReport, writeSampleReport } from '../support/sample-reports.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-output-'));
  await writeSampleReport(dir, await sampleReport('KEN', '2025'));
  await writeSampleReport(dir, await sampleReport('SEN', '2025'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A command whose standard output is a file that cannot grow past 512 bytes (the shell's file-size limit: EFBIG, as a full disk gives ENOSPC). */
function limited(args: string) {
  return spawnSync('sh', ['-c', `ulimit -f 1; exec "${process.execPath}" "${BIN}" ${args} > limited.txt`], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
  });
}

const EN =
  'selfassess: cannot write the output: the file would exceed the largest size this system allows — what was written is incomplete; check where the output goes and run the command again\n';
const FR =
  'selfassess: impossible d’écrire la sortie\u00a0: le fichier dépasserait la taille maximale que permet le système — ce qui a été écrit est incomplet\u00a0; vérifiez où va la sortie, puis relancez la commande\n';

describe.skipIf(process.platform === 'win32')('output that cannot be written', () => {
  it.each([
    ['show', 'show ken-2025.report.json --lang en', EN],
    ['validate', 'validate ken-2025.report.json sen-2025.report.json -f json --lang fr', FR],
    ['coverage', `coverage "${path.join(ROOT, 'checklists', 'tip-protocol.yaml')}" -f json --lang en`, EN],
    ['render', 'render ken-2025.report.json -o - --lang fr', FR],
  ])('%s says so in its language and exits 2, never as an internal error', (_name, args, message) => {
    const r = limited(args);
    expect(r.status).toBe(2);
    expect(r.stderr.endsWith(message)).toBe(true);
    expect(r.stderr).not.toContain('internal error');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  // A device that is not a terminal: Node's own stream dropped the output there and exited 0.
  it.runIf(existsSync('/dev/full'))("a full device (/dev/full) is said too, in the command's language", () => {
    const r = spawnSync('sh', ['-c', `exec "${process.execPath}" "${BIN}" validate ken-2025.report.json -f json --lang fr > /dev/full`], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('selfassess: impossible d’écrire la sortie\u00a0: le disque est plein');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it.runIf(existsSync('/dev/null'))('/dev/null, a device that takes everything, is no failure', () => {
    const r = spawnSync('sh', ['-c', `exec "${process.execPath}" "${BIN}" show ken-2025.report.json > /dev/null`], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
