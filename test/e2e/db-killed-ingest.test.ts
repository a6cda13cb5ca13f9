import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, hasStackTrace, runCli } from '../support/run-cli.js';
import { SAMPLE_COUNTRIES, bundledChecklist, sampleReport, writeSampleReport } from '../support/sample-reports.js';

/**
 * What docs/database.md promises of the embedded store when an ingest is killed (a consultant's
 * machine stops, `kill -9`): the next command opens the store, at most the batches not yet
 * committed are missing, and ingesting the same files again stores them — nothing twice.
 */
const PERIODS = Array.from({ length: 60 }, (_, i) => String(1990 + i));
const FILES = SAMPLE_COUNTRIES.length * PERIODS.length;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-db-killed-'));
  await mkdir(path.join(dir, 'reports'));
  const checklist = await bundledChecklist();
  for (const { code } of SAMPLE_COUNTRIES) {
    for (const period of PERIODS) await writeSampleReport(path.join(dir, 'reports'), await sampleReport(code, period, { checklist }));
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const env = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' };

/** Bytes of the files under a folder. */
function bytesUnder(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name), { throwIfNoEntry: false })?.size ?? 0;
  }
  return total;
}

/**
 * Starts an ingest and kills it (SIGKILL) once its tables' files have grown by a megabyte: writes
 * are under way, some batches perhaps committed, the rest not. (The command prints its outcomes
 * only at the end, so its output cannot say when.)
 */
function killedIngest(store: string): Promise<NodeJS.Signals | null> {
  const tables = path.join(store, 'base');
  const before = bytesUnder(tables);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'db', 'ingest', 'reports', '--db', store], { cwd: dir, env, stdio: 'ignore' });
    const watch = setInterval(() => {
      if (bytesUnder(tables) - before > 1024 * 1024) child.kill('SIGKILL');
    }, 20);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(watch);
      resolve(signal);
    });
  });
}

function accepted(store: string): number {
  const status = runCli(['db', 'status', '--db', store, '--format', 'json'], { cwd: dir, env });
  expect(status.status, status.stderr).toBe(0);
  const { summary } = JSON.parse(status.stdout) as { summary: Array<{ accepted: number }> };
  return summary.reduce((sum, row) => sum + row.accepted, 0);
}

describe('an embedded store whose ingest was killed', () => {
  it('opens again, holds the committed batches, and a second ingest stores the rest once', async () => {
    const store = path.join(dir, 'store');
    // The store made first (PGlite's initdb), so that the kill falls among the batches.
    expect(runCli(['db', 'status', '--db', store], { cwd: dir, env }).status).toBe(0);

    expect(await killedIngest(store)).toBe('SIGKILL');

    // The store opens (PostgreSQL replays its log), with what was committed before the kill.
    const kept = accepted(store);
    expect(kept).toBeLessThan(FILES);

    const again = runCli(['db', 'ingest', 'reports', '--db', store], { cwd: dir, env });
    expect(again.status, again.stderr).toBe(0);
    expect(hasStackTrace(again.stderr + again.stdout)).toBe(false);
    expect(again.stdout).toContain(`${FILES} files: ${FILES - kept} stored, ${kept} already stored, 0 rejected, 0 failed`);
    expect(accepted(store)).toBe(FILES);
  }, 180_000);
});
