import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIntegrity } from '../../src/domain/report/integrity.js';
import { formatSummary } from '../../src/format/summary.js';
import { BIN, hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';
import { bundledChecklist, sampleReport, writeSampleReport } from '../support/sample-reports.js';

let dir: string;
const run = (args: string[], env: Record<string, string> = {}): RunResult => runCli(args, { cwd: dir, env });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-show-'));
  await writeSampleReport(dir, await sampleReport('KEN', '2025'));
  await writeSampleReport(dir, await sampleReport('SEN', '2025'));
  await writeFile(path.join(dir, 'empty.report.json'), '');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('selfassess show', () => {
  it('prints exactly the summary assess prints at the end, without colour off a terminal', async () => {
    const report = await sampleReport('KEN', '2025');
    const { checklist } = await bundledChecklist();
    const r = run(['show', 'ken-2025.report.json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(formatSummary(report, checklist, { language: 'en', color: false, width: 80 }));
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toContain('Overall score: ');
  });

  it('follows the report’s language, or --lang, and the width of $COLUMNS', async () => {
    const report = await sampleReport('SEN', '2025');
    const { checklist } = await bundledChecklist();
    expect(run(['show', 'sen-2025.report.json']).stdout).toContain('Note globale');
    const wide = run(['show', 'sen-2025.report.json', '--lang', 'en'], { COLUMNS: '120' });
    expect(wide.stdout).toBe(formatSummary(report, checklist, { language: 'en', color: false, width: 120 }));
  });

  it('a huge $COLUMNS is clamped, never an internal error', async () => {
    const report = await sampleReport('KEN', '2025');
    const { checklist } = await bundledChecklist();
    const r = run(['show', 'ken-2025.report.json'], { COLUMNS: '1000000000' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(formatSummary(report, checklist, { language: 'en', color: false, width: 500 }));
  });

  it('a party name and a period holding escape sequences reach the terminal written visibly', async () => {
    const genuine = await sampleReport('KEN', '2025');
    const body = {
      ...genuine,
      period: '2025\u001b[2J',
      respondent: { ...genuine.respondent, party: { ...genuine.respondent.party, name: 'Kenya\u001b]0;pwned\u0007\r\u009b31m' } },
    };
    const report = { ...body, integrity: computeIntegrity(body) };
    await writeFile(path.join(dir, 'escapes.report.json'), JSON.stringify(report, null, 2));
    for (const env of [{}, { FORCE_COLOR: '1', NO_COLOR: '' }] as Array<Record<string, string>>) {
      const r = run(['show', 'escapes.report.json'], env);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.replace(/\u001b\[\d+(;\d+)*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stdout).toContain('Kenya\\u001b]0;pwned\\u0007\\u000d\\u009b31m');
    }
  });

  it('colours only when asked to', () => {
    expect(run(['show', 'ken-2025.report.json'], { FORCE_COLOR: '1', NO_COLOR: '' }).stdout).toMatch(/\u001b\[/);
  });

  // To a pipe, a socket or a file, stdout is written through its file descriptor (src/io/fd-output.ts):
  // runCli's stdout is a socket (Node's child_process), the shell's a pipe.
  it('writes the same to a file, a socket and a pipe, and a reader that leaves early is no error', async () => {
    const shell = (command: string) =>
      spawnSync('bash', ['-c', `set -o pipefail; ${command}`], {
        stdio: ['ignore', 'pipe', 'pipe'],
        cwd: dir,
        env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
        encoding: 'utf8',
      });
    const piped = run(['show', 'ken-2025.report.json']);
    expect(shell(`"${process.execPath}" "${BIN}" show ken-2025.report.json > shown.txt`).status).toBe(0);
    expect(await readFile(path.join(dir, 'shown.txt'), 'utf8')).toBe(piped.stdout);
    expect(shell(`"${process.execPath}" "${BIN}" show ken-2025.report.json | cat`).stdout).toBe(piped.stdout);
    const early = shell(`"${process.execPath}" "${BIN}" show ken-2025.report.json | head -c 1`);
    expect({ status: early.status, stdout: early.stdout, stderr: early.stderr }).toEqual({
      status: 0,
      stdout: piped.stdout.slice(0, 1),
      stderr: '',
    });
  });

  it('gives diagnostics for a file it cannot read, and exits 1 without a stack trace', () => {
    const r = run(['show', 'empty.report.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('empty.report.json');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
