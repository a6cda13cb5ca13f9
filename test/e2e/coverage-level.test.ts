import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('selfassess coverage --level', () => {
  it('lists only the mandatory provisions, with who covers them', () => {
    const r = runCli(['coverage', 'tip-protocol', '--level', 'mandatory', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const protocol = JSON.parse(r.stdout).catalogues.find((c: { id: string }) => c.id === 'un-tip-protocol');
    const provisions: Array<{ path: string; level: string; coveredBy: string[] }> = protocol.provisions;
    expect(provisions.length).toBeGreaterThan(10);
    expect(provisions.every((p) => p.level === 'mandatory')).toBe(true);
    expect(provisions.find((p) => p.path === '5.1')?.coveredBy).toContain('art5-1-criminalization-offence');
    expect(provisions.some((p) => p.path === '6.3')).toBe(false); // "shall consider"
  });

  it("shows every provision's level in the table, and refuses an unknown level", () => {
    // Wide enough that no cell of a row wraps (the table fits the terminal's width: COLUMNS without one).
    const wide = { env: { COLUMNS: '300' } };
    const table = runCli(['coverage', 'tip-protocol'], wide);
    expect(table.stdout).toMatch(/│ 6\.3\.a +│ .+ │ obligation to consider +│/);
    // In the language of the command, as every output says a level.
    const french = runCli(['coverage', 'tip-protocol', '--lang', 'fr'], wide);
    expect(french.stdout).toMatch(/│ 6\.3\.a +│ .+ │ obligation d’envisager +│/);
    expect(french.stdout).toMatch(/│ 5\.1 +│ .+ │ obligation impérative +│/);
    const bad = runCli(['coverage', 'tip-protocol', '--level', 'binding']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/binding/);
  });
});

describe('selfassess coverage --measures', () => {
  it('says which measures implement each provision, and exits 0 when every provision in scope has one', () => {
    const r = runCli(['coverage', 'tip-protocol', '--measures', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const protocol = JSON.parse(r.stdout).catalogues.find((c: { id: string }) => c.id === 'un-tip-protocol');
    const inScope: Array<{ path: string; measures: string[] }> = protocol.provisions.filter((p: { inScope: boolean }) => p.inScope);
    expect(inScope.every((p) => p.measures.length > 0)).toBe(true);
    expect(inScope.find((p) => p.path === '5.1')?.measures.length).toBeGreaterThan(0);
    const table = runCli(['coverage', 'tip-protocol', '--measures']);
    expect(table.stdout).toMatch(/│ questions +│ measures +│/);
  });
});
