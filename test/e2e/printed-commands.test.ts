import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * A command the tool tells the user to type must run where they are, as
 * printed: not "selfassess …" when no such command is installed (see
 * io/invocation.ts). Each test takes the command from the message and runs it
 * through a shell.
 */
let dir: string;
const ENV = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' };

function runPrinted(command: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('/bin/sh', ['-c', command], { cwd: dir, env: ENV, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The command at the end of a message line that ends "…: <command>". */
function printedAfter(text: string, lead: string): string {
  const line = text.split('\n').find((l) => l.includes(lead));
  expect(line, `a line with "${lead}" in:\n${text}`).toBeDefined();
  return (line ?? '').slice((line ?? '').indexOf(lead) + lead.length).trim();
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-printed-'));
  // A checklist that names itself but holds nothing else: four schema errors.
  await writeFile(path.join(dir, 'broken list.yaml'), 'kind: checklist\nformatVersion: 1\nid: broken\nversion: 1.0.0\n');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('commands printed in messages run as printed', () => {
  it('a usage error: the help command it names prints the help', () => {
    const r = runCli(['lnit'], { cwd: dir });
    expect(r.status).toBe(2);
    const help = printedAfter(r.stderr, 'For usage, run: ');
    expect(help).not.toMatch(/^selfassess /);
    const shown = runPrinted(help);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('Usage: selfassess');
  });

  it('an invalid checklist: the lint command it names lints that checklist (French too)', () => {
    const r = runCli(['template', 'broken list.yaml', '-o', 'a.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    const lint = runPrinted(printedAfter(r.stderr, 'for details, run: '));
    expect(lint.status).toBe(1);
    expect(lint.stdout + lint.stderr).toContain('missing required field "sections"');
    const fr = runCli(['template', 'broken list.yaml', '-o', 'a.yaml', '--lang', 'fr'], { cwd: dir });
    expect(printedAfter(fr.stderr, 'pour le détail, lancez\u00a0: ')).toBe(printedAfter(r.stderr, 'for details, run: '));
  });

  it('answers with errors: "run again" repeats the whole command, options included', async () => {
    // A template of the bundled checklist, not filled in: no party, no period.
    expect(runCli(['template', 'tip-protocol', '-o', 'wrong.yaml'], { cwd: dir }).status).toBe(0);
    const r = runCli(['score', 'wrong.yaml', '--lang', 'en', '-o', 'w.report.json'], { cwd: dir });
    expect(r.status).toBe(1);
    const again = printedAfter(r.stderr, 'then run again: ');
    expect(again).toMatch(/ score "wrong\.yaml" --lang "en" -o "w\.report\.json"$/);
    const rerun = runPrinted(again);
    expect(rerun.status).toBe(r.status);
    expect(rerun.stderr).toBe(r.stderr);
  });
});
