import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/domain/schemas/answers.js';
import { ROOT, hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';
import { sampleReport, writeSampleReport } from '../support/sample-reports.js';

let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-render-'));
  const note = (answers: Record<string, Answer>): void => {
    answers['art5-1-penalties'] = { value: 'partly', notes: '<script>alert(1)</script> | =cmd' };
  };
  await writeSampleReport(dir, await sampleReport('FRA', '2025', { tweak: note }), 'fra.report.json');
  await writeSampleReport(dir, await sampleReport('KEN', '2025', { tweak: note }), 'ken.report.json');
  const altered = await sampleReport('SEN', '2025');
  altered.period = '2026';
  await writeSampleReport(dir, altered, 'altered.report.json');
  await writeFile(path.join(dir, 'broken.report.json'), '{ "kind": "report", "formatVersion": 1, ');
  await copyFile(path.join(dir, 'fra.report.json'), path.join(dir, 'signed.report.json'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('selfassess render', () => {
  it('writes a self-contained HTML page in the report’s language to stdout', () => {
    const r = run('render', 'fra.report.json');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(r.stdout).toContain('Rapport d’auto-évaluation');
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.stdout).not.toContain('<script>');
    expect(r.stdout).toContain('Non signé.');
  });

  it('renders in English with --lang, to a file it never overwrites without --force', async () => {
    expect(run('render', 'fra.report.json', '--lang', 'en', '-o', 'fra.html').status).toBe(0);
    const page = await readFile(path.join(dir, 'fra.html'), 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Self-assessment report');
    const again = run('render', 'fra.report.json', '-o', 'fra.html');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('fra.html already exists — choose another name with -o, or pass --force to replace it');
    expect(run('render', 'fra.report.json', '-o', 'fra.html', '--force').status).toBe(0);
    expect(await readFile(path.join(dir, 'fra.html'), 'utf8')).toContain('<html lang="fr">');
  });

  it('writes Markdown and CSV', () => {
    const md = run('render', 'ken.report.json', '--format', 'md');
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('## Summary of results');
    const csv = run('render', 'ken.report.json', '-f', 'csv');
    expect(csv.status).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFNo.,Section,')).toBe(true);
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(115);
    expect(csv.stdout).toContain(',<script>alert(1)</script> | =cmd,');
  });

  it('gives diagnostics, never a stack trace, for a report it cannot read', () => {
    const broken = run('render', 'broken.report.json');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('broken.report.json');
    expect(broken.stderr).toMatch(/\d+:\d+\s+error/);
    expect(hasStackTrace(broken.stderr)).toBe(false);
    const missing = run('render', 'nowhere.report.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('file-not-found');
    const checklist = run('render', path.join(ROOT, 'checklists', 'tip-protocol.yaml'));
    expect(checklist.status).toBe(1);
    expect(checklist.stderr).toContain('this is a checklist, not a report — name a report file');
  });

  it('renders a changed report with the warning on the page, and exits 1', () => {
    const r = run('render', 'altered.report.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('report-integrity-mismatch');
    expect(r.stdout).toContain('Attention : le contenu du rapport ne correspond pas à son empreinte.'.replace(' :', '\u00a0:'));
  });

  it('shows the signature as checked against the trusted keys', async () => {
    expect(run('keygen', '-o', 'ministry').status).toBe(0);
    expect(run('sign', 'signed.report.json', '--key', 'ministry.key').status).toBe(0);
    await mkdir(path.join(dir, 'trusted'));
    await copyFile(path.join(dir, 'ministry.pub'), path.join(dir, 'trusted', 'ministry.pub'));
    expect(run('render', 'signed.report.json').stdout).toContain('il n’a pas été vérifié');
    const valid = run('render', 'signed.report.json', '--trusted-keys', 'trusted', '--lang', 'en');
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(/Valid signature, made with the trusted key [0-9a-f]{64} on \d+ \w+ \d{4}\./);
    expect(run('keygen', '-o', 'stranger').status).toBe(0);
    await mkdir(path.join(dir, 'others'));
    await copyFile(path.join(dir, 'stranger.pub'), path.join(dir, 'others', 'stranger.pub'));
    expect(run('render', 'signed.report.json', '--trusted-keys', 'others', '--lang', 'en').stdout).toContain(
      'Signed with a key that is not among the trusted keys',
    );
    const empty = run('render', 'signed.report.json', '--trusted-keys', 'nowhere');
    expect(empty.status).toBe(2);
    expect(hasStackTrace(empty.stderr)).toBe(false);
  });

  it('needs -o for a PDF', () => {
    const r = run('render', 'fra.report.json', '--format', 'pdf');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('name the file to write with -o report.pdf');
  });
});
