import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../src/domain/canonical.js';
import { listQuestions } from '../../src/domain/checklist-model.js';
import { buildReport } from '../../src/domain/report/build-report.js';
import { Checklist } from '../../src/domain/schemas/checklist.js';
import type { ValidateOutput } from '../../src/domain/schemas/validate-output.js';
import { Terminal } from '../support/pty.js';
import { readFolders } from '../../src/io/library-folders.js';
import { archivedChecklistsDir, bundledChecklistsDir } from '../../src/io/package-root.js';
import { precompiledLibraryFile, readBundledLibrary } from '../../src/io/validate-bundled.js';
import { ROOT, hasStackTrace, runCli } from '../support/run-cli.js';

/** A report of the bundled Protocol checklist, made with the domain code. */
function protocolReport(): string {
  const data: unknown = parse(readFileSync(path.join(ROOT, 'checklists/tip-protocol.yaml'), 'utf8'));
  const checklist = Checklist.parse(data);
  const hash = canonicalHash(data);
  const answers = Object.fromEntries(
    listQuestions(checklist)
      .filter((q) => q.question.type === 'tri-state')
      .slice(0, 10)
      .map((q) => [q.question.id, { value: 'partly' }]),
  );
  const report = buildReport({
    checklist,
    checklistHash: hash,
    answers: {
      kind: 'answers',
      formatVersion: 1,
      checklist: { id: checklist.id, version: checklist.version, hash },
      respondent: { party: { type: 'state', code: 'SEN', name: 'Sénégal' } },
      period: '2026',
      answers,
    },
    tool: { name: 'selfassess', version: '0.1.0' },
    created: '2026-03-01T09:30:00Z',
    language: 'fr',
  });
  return JSON.stringify(report, null, 2) + '\n';
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfassess-validate-'));
  writeFileSync(path.join(dir, 'sen.report.json'), protocolReport());
  return dir;
}

const json = (args: string[], cwd: string): ValidateOutput => JSON.parse(runCli(['validate', ...args, '-f', 'json'], { cwd }).stdout);

describe('selfassess validate: bundled checklists, hostile files, signatures', () => {
  it('reads the bundled checklists pre-parsed by the build, identical to their YAML', async () => {
    const summary = (l: Awaited<ReturnType<typeof readFolders>>) => ({
      checklists: l.allChecklists.map((c) => [path.relative(ROOT, c.file), c.hash, c.value]),
      catalogues: [...l.catalogues].map(([id, c]) => [id, path.relative(ROOT, c.file), c.hash, c.value]),
    });
    expect(existsSync(precompiledLibraryFile())).toBe(true);
    const fromYaml = await readFolders(
      [archivedChecklistsDir()],
      await readFolders([bundledChecklistsDir()], undefined, false),
      false,
      true,
    );
    expect(summary(await readBundledLibrary())).toEqual(summary(fromYaml));
  });

  it('validates a report of a bundled checklist without --checklists', () => {
    const dir = workspace();
    const r = runCli(['validate', 'sen.report.json'], { cwd: dir });
    expect(r.stdout).toContain('1 file: 1 valid, 0 with warnings, 0 invalid (0 errors, 0 warnings)');
    expect(r.status).toBe(0);
  });

  it("survives a file that exhausts a worker's memory: that file is reported, the others are validated", () => {
    const dir = workspace();
    // The loader's limits keep documents far below a worker's heap, so the heap is lowered to
    // reach the last line of defence: 300,000 YAML values, under every limit of the loader.
    writeFileSync(path.join(dir, 'a-hostile.yaml'), '- abcdefghij\n'.repeat(300_000));
    for (const jobs of ['1', '2']) {
      const r = runCli(['validate', '.', '--jobs', jobs, '-f', 'json'], { cwd: dir, env: { SELFASSESS_WORKER_HEAP_MB: '32' } });
      const output: ValidateOutput = JSON.parse(r.stdout);
      expect(output.files.map((f) => [f.file, f.status, f.diagnostics.map((d) => d.code)])).toEqual([
        ['a-hostile.yaml', 'invalid', ['validation-out-of-memory']],
        ['sen.report.json', 'valid', []],
      ]);
      expect(r.status).toBe(1);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  it('with --trusted-keys, says whether each report is signed, by which key, and whether the signature holds', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'keys'));
    mkdirSync(path.join(dir, 'other'));
    expect(runCli(['keygen', '-o', 'keys/ministry'], { cwd: dir }).status).toBe(0);
    expect(runCli(['keygen', '-o', 'other/stranger'], { cwd: dir }).status).toBe(0);
    const report = readFileSync(path.join(dir, 'sen.report.json'), 'utf8');
    for (const name of ['signed', 'altered', 'stranger', 'unsigned']) writeFileSync(path.join(dir, `${name}.report.json`), report);
    for (const [name, key] of [
      ['signed', 'keys/ministry.key'],
      ['altered', 'keys/ministry.key'],
      ['stranger', 'other/stranger.key'],
    ]) {
      expect(runCli(['sign', `${name}.report.json`, '--key', key ?? ''], { cwd: dir }).status).toBe(0);
    }
    writeFileSync(path.join(dir, 'altered.report.json'), report.replace('"period": "2026"', '"period": "2027"'));
    const output = json(
      ['altered.report.json', 'signed.report.json', 'stranger.report.json', 'unsigned.report.json', '--trusted-keys', 'keys'],
      dir,
    );
    const fingerprint = output.files[1]?.signature?.fingerprint;
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(output.files.map((f) => [f.file, f.signature?.status, f.diagnostics.map((d) => d.code)])).toEqual([
      ['altered.report.json', 'altered', ['signature-document-altered', 'report-integrity-mismatch']],
      ['signed.report.json', 'valid', []],
      ['stranger.report.json', 'unknown-key', ['signature-wrong-key']],
      ['unsigned.report.json', 'missing', ['signature-missing']],
    ]);
    const table = runCli(['validate', 'signed.report.json', 'unsigned.report.json', '--trusted-keys', 'keys'], { cwd: dir }).stdout;
    expect(table).toMatch(/│ warnings │ signature │/);
    expect(table).toMatch(/│ signed\.report\.json .*│ valid +│/);
    expect(json(['signed.report.json'], dir).files[0]).not.toHaveProperty('signature');
  });

  it('refuses a --trusted-keys folder without public keys (exit 2)', () => {
    const dir = workspace();
    const r = runCli(['validate', 'sen.report.json', '--trusted-keys', '.'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no public keys (*.pub)');
  });

  it('shows a progress bar on a terminal for a large batch, and erases it', async () => {
    const dir = workspace();
    for (let i = 0; i < 250; i++)
      copyFileSync(path.join(dir, 'sen.report.json'), path.join(dir, `copy-${String(i).padStart(3, '0')}.report.json`));
    const terminal = new Terminal(['validate', '.', '-f', 'github'], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(await terminal.exited).toBe(0);
    expect(terminal.text).toMatch(/validating [█░]{24} \d+ \/ 251 files/);
    expect(terminal.text).toContain('selfassess: no problems in 251 files');
    expect(runCli(['validate', '.', '-f', 'github'], { cwd: dir }).stderr).toBe('');
  });
});
