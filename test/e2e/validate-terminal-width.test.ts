import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { SAMPLE_COUNTRIES, sampleReport, writeSampleReport } from '../support/sample-reports.js';

/* validate's table in a terminal (COLUMNS stands for one) and in a pipe, on the sample countries' reports (built binary). */

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-validate-width-'));
  for (const c of SAMPLE_COUNTRIES) await writeSampleReport(dir, await sampleReport(c.code, '2025'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tableLines = (text: string): string[] => text.split('\n').filter((line) => /^[┌│├└]/.test(line));
const widest = (text: string): number => Math.max(...tableLines(text).map((line) => [...line].length));
const FILES = SAMPLE_COUNTRIES.length;

describe('validate, its table and the terminal', () => {
  it('in a pipe, one line per file, as wide as its cells (for grep)', () => {
    const r = runCli(['validate', '.', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(capped: core obligation');
    // The head, then one line per file.
    expect(tableLines(r.stdout)).toHaveLength(FILES + 4);
  });

  it.each(['en', 'fr'])('in a terminal, a capped band is wrapped in its cell to fit the width (%s)', (language) => {
    const piped = runCli(['validate', '.', '--lang', language], { cwd: dir });
    const width = widest(piped.stdout) - 40;
    const r = runCli(['validate', '.', '--lang', language], { cwd: dir, env: { COLUMNS: String(width) } });
    expect(r.status).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(width);
    expect(tableLines(r.stdout).length).toBeGreaterThan(FILES + 4);
    // Every file still has its row, its counts of errors and warnings on the row's first line.
    for (const c of SAMPLE_COUNTRIES) {
      expect(r.stdout).toMatch(new RegExp(`^│ ${c.code.toLowerCase()}-2025\\.report\\.json +│ .*│ \\d+ +│ \\d+ +│$`, 'm'));
    }
    expect(r.stdout.split('\n').some((line) => /│ [:;?!»]/.test(line))).toBe(false);
  });

  it('in a terminal too narrow for that, the table is drawn as in a pipe', () => {
    const piped = runCli(['validate', '.', '--lang', 'en'], { cwd: dir });
    const r = runCli(['validate', '.', '--lang', 'en'], { cwd: dir, env: { COLUMNS: '80' } });
    expect(r.stdout).toBe(piped.stdout);
  });
});
