import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, hasStackTrace, runCli } from '../support/run-cli.js';

const version: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

describe('selfassess (built binary)', () => {
  it('prints its version', () => {
    const r = runCli(['--version']);
    expect(r).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help with the commands and the exit codes', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const command of ['lint', 'coverage', 'list', 'schema']) expect(r.stdout).toContain(command);
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*130/);
  });

  it('without a command, or a group without its subcommand, writes the help on stderr and exits 2', () => {
    for (const args of [[], ['db']]) {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Usage: selfassess ${args.join(' ')}`.trimEnd());
    }
    expect(runCli(['help']).status).toBe(0);
  });

  it('refuses an unknown command with exit 2 and a hint, never a stack trace', () => {
    const r = runCli(['lnt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'lnt'");
    expect(r.stderr).toContain('(Did you mean lint?)');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('refuses a bad option value with exit 2', () => {
    const r = runCli(['lint', 'checklists', '--fail-on', 'never']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('expected "error" or "warning"');
  });

  it('lists the bundled checklists in a table in the language asked, as wide as the terminal (80 without one)', () => {
    const r = runCli(['list', '--lang', 'fr']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/│ identifiant +│ version +│ titre +│ langues +│ questions +│/);
    expect(r.stdout).toContain('Liste de contrôle pour');
    for (const line of r.stdout.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const wide = runCli(['list'], { env: { COLUMNS: '120' } });
    expect(wide.stdout).toMatch(/│ id +│ version +│ title +│ languages +│ questions +│/);
    expect(
      Math.max(
        ...wide.stdout
          .trimEnd()
          .split('\n')
          .map((line) => [...line].length),
      ),
    ).toBe(120);
  });

  it('lists the bundled checklists', () => {
    const r = runCli(['list', '--format', 'json']);
    expect(r.status).toBe(0);
    const items: Array<{ id: string; languages: string[]; questions: number }> = JSON.parse(r.stdout);
    expect(items.map((i) => i.id)).toEqual(['tip-protocol', 'tip-wg-2009']);
    for (const item of items) {
      expect(item.languages).toEqual(['en', 'fr']);
      expect(item.questions).toBeGreaterThan(30);
    }
  });

  it('keeps schemas/ in step with the zod schemas', () => {
    const r = runCli(['schema', '--check']);
    expect(r.stderr).toBe('schemas is up to date\n');
    expect(r.status).toBe(0);
  });
});
