import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, hasStackTrace, runCli } from '../support/run-cli.js';

const BAD = `kind: checklist
formatVersion: 1
id: bad
version: 1.0.0
languages: [en, fr]
title: { en: Bad, fr: Mauvais }
catalogues:
  - id: un-tip-protocol
    scope: ["5.1"]
scoring:
  bands:
    - { id: all, min: 0, max: 1, label: { en: All, fr: Tout } }
sections:
  - id: s1
    title: { en: S, fr: S }
    questions:
      - id: q1
        type: tri-state
        text: { en: Q, fr: Q }
      - id: q1
        type: tri-state
        text: { en: Q, fr: Q }
`;

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfassess-lint-'));
  writeFileSync(path.join(dir, 'bad.yaml'), BAD);
  cpSync(path.join(ROOT, 'test/fixtures/checklists/valid-minimal.yaml'), path.join(dir, 'good.yaml'));
  return dir;
}

describe('selfassess lint (built binary)', () => {
  it('passes the bundled checklists and catalogues', () => {
    const r = runCli(['lint', 'checklists/', '--fail-on', 'warning']);
    expect(r.stdout).toBe('✔ 5 files checked, no problems\n');
    expect(r.status).toBe(0);
  });

  it('reports file:line:col in stylish and exits 1 on errors', () => {
    const cwd = workspace();
    const r = runCli(['lint', 'bad.yaml', 'good.yaml'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('bad.yaml\n');
    expect(r.stdout).toMatch(
      / {2}9:13 +warning +provision 5\.1 of "un-tip-protocol" is in scope but no scored question cites it.* +scope-uncovered/,
    );
    expect(r.stdout).toMatch(/ {2}20:13 +error +question id "q1" is already used at \/sections\/0\/questions\/0\/id.* +duplicate-id/);
    expect(r.stdout).toContain('✖ 2 problems (1 error, 1 warning)');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('speaks json, github, junit and sarif with the same findings', () => {
    const cwd = workspace();
    const json = JSON.parse(runCli(['lint', 'bad.yaml', '-f', 'json'], { cwd }).stdout);
    expect(json.summary).toEqual({ files: 1, errors: 1, warnings: 1, infos: 0 });
    expect(
      json.diagnostics.map((d: { code: string; start: { line: number; column: number } }) => [d.code, d.start.line, d.start.column]),
    ).toEqual([
      ['scope-uncovered', 9, 13],
      ['duplicate-id', 20, 13],
    ]);
    const github = runCli(['lint', 'bad.yaml', '-f', 'github'], { cwd });
    expect(github.stdout).toContain('::error file=bad.yaml,line=20,col=13,');
    expect(github.stdout.trim().split('\n').pop()).toBe('selfassess: 2 problems (1 error, 1 warning) in 1 file');
    const junit = runCli(['lint', 'bad.yaml', '-f', 'junit'], { cwd });
    expect(junit.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(junit.stdout).toContain('type="duplicate-id"');
    const sarif = JSON.parse(runCli(['lint', 'bad.yaml', '-f', 'sarif'], { cwd }).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(2);
    expect(sarif.runs[0].results[1].locations[0].physicalLocation.region).toMatchObject({ startLine: 20, startColumn: 13 });
  });

  it('fails on warnings only when asked, and counts them against --max-warnings', () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'warn.yaml'), BAD.replace(/ {6}- id: q1\n {8}type: tri-state\n {8}text: \{ en: Q, fr: Q \}\n$/, ''));
    expect(runCli(['lint', 'warn.yaml'], { cwd }).status).toBe(0);
    expect(runCli(['lint', 'warn.yaml', '--fail-on', 'warning'], { cwd }).status).toBe(1);
    expect(runCli(['lint', 'warn.yaml', '--max-warnings', '0'], { cwd }).status).toBe(1);
    expect(runCli(['lint', 'warn.yaml', '--max-warnings', '1'], { cwd }).status).toBe(0);
  });

  it('exits 2 when a pattern matches nothing, naming it', () => {
    const cwd = workspace();
    const r = runCli(['lint', 'good.yaml', 'nothing-*.yaml'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('pattern "nothing-*.yaml" matched no file');
    expect(r.stdout).toBe('');
  });

  it('gives broken files a diagnostic, not a stack trace, and goes on with the others', () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'empty.yaml'), '');
    writeFileSync(path.join(cwd, 'broken.yaml'), 'kind: checklist\n  id: [unclosed\n');
    const r = runCli(['lint', '.'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('file is empty');
    expect(r.stdout).toContain('YAML syntax error');
    expect(r.stdout).toContain('duplicate-id');
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });
});

describe('selfassess coverage (built binary)', () => {
  it('passes for the bundled checklists', () => {
    for (const id of ['tip-protocol', 'tip-wg-2009']) {
      const r = runCli(['coverage', id, '--format', 'json']);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).complete).toBe(true);
    }
  });

  it('exits 1 and names what is uncovered', () => {
    const cwd = workspace();
    const r = runCli(['coverage', 'good.yaml'], { cwd });
    expect(r.status).toBe(0);
    const bad = runCli(['coverage', 'bad.yaml'], { cwd });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('0 of 1 provisions in scope covered; not covered: 5.1');
  });

  it('exits 2 for an unknown checklist id', () => {
    const r = runCli(['coverage', 'no-such-checklist']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no checklist file or bundled checklist named "no-such-checklist"');
  });
});
