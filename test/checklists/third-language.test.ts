import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';

const FIXTURE = 'test/fixtures/checklists/third-language-es.yaml';

describe('a third language is added by data alone', () => {
  it('passes lint with no warning', () => {
    const r = runCli(['lint', FIXTURE, '--fail-on', 'warning']);
    expect(r.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(r.status).toBe(0);
  });

  it('reports a missing Spanish text once, for that field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'selfassess-es-'));
    const text = readFileSync(path.join(ROOT, FIXTURE), 'utf8').replace('          es: ¿Cuál es la pena máxima?\n', '');
    writeFileSync(path.join(dir, 'missing-es.yaml'), text);
    const r = runCli(['lint', 'missing-es.yaml', '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const codes = JSON.parse(r.stdout).diagnostics.map((d: { code: string; message: string }) => [d.code, d.message]);
    expect(codes).toEqual([['missing-translation', 'text of question "penalties" has no "es" text — add es: "…"']]);
  });

  it('asks for the labels of the built-in codes the tool does not know in that language', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'selfassess-es-'));
    const text = readFileSync(path.join(ROOT, FIXTURE), 'utf8').replace('  partly: { es: En parte }\n', '');
    writeFileSync(path.join(dir, 'no-partly.yaml'), text);
    const r = runCli(['lint', 'no-partly.yaml', '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(0);
    const diagnostics = JSON.parse(r.stdout).diagnostics;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'missing-builtin-label', severity: 'warning' });
    expect(diagnostics[0].message).toContain('builtinLabels: { partly: { es: "…" } }');
  });
});
