import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, type RuleCode } from '../../../src/domain/rules/codes.js';
import { LINT_FIXTURES, REPO_ROOT, lintFile, lintFixture } from './lint-fixture.js';

const fixtures = readdirSync(LINT_FIXTURES)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const header = (name: string) => readFileSync(path.join(LINT_FIXTURES, name), 'utf8').split('\n')[0] ?? '';
const triggering = fixtures
  .map((name) => ({ name, code: /^# Triggers ([a-z-]+)/.exec(header(name))?.[1] }))
  .filter((f): f is { name: string; code: string } => f.code !== undefined);
const nearMisses = fixtures.filter((name) => header(name).startsWith('# Near miss'));

describe('lint fixtures', () => {
  it('every rule code is triggered by a fixture', () => {
    const covered = new Set(triggering.map((f) => f.code));
    expect(Object.keys(RULES).filter((code) => !covered.has(code))).toEqual([]);
  });

  it.each(triggering)('$name triggers $code and nothing else, with the severity of codes.ts', async ({ name, code }) => {
    const diagnostics = await lintFixture(name);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.code).toBe(code);
      expect(d.severity).toBe(RULES[code as RuleCode][0]);
      expect(d.start, `${d.code} has a position`).toBeDefined();
      expect(d.message).toMatch(/ — /); // what is wrong — what to do
    }
  });

  it.each(nearMisses)('near miss %s triggers nothing', async (name) => {
    expect(await lintFixture(name)).toEqual([]);
  });
});

describe('valid documents', () => {
  it('the valid fixture has no findings', async () => {
    expect(await lintFile(path.join(REPO_ROOT, 'test/fixtures/checklists/valid-minimal.yaml'))).toEqual([]);
  });

  const bundled = [
    ...readdirSync(path.join(REPO_ROOT, 'checklists'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `checklists/${f}`),
    ...readdirSync(path.join(REPO_ROOT, 'checklists/instruments'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `checklists/instruments/${f}`),
  ];

  it('there are bundled checklists and catalogues', () => {
    expect(bundled).toEqual(
      expect.arrayContaining(['checklists/instruments/un-tip-protocol.yaml', 'checklists/instruments/un-wg-tip-2009.yaml']),
    );
    expect(bundled.filter((f) => !f.includes('/instruments/')).length).toBeGreaterThan(0);
  });

  it.each(bundled)('bundled %s has no findings', async (file) => {
    expect(await lintFile(path.join(REPO_ROOT, file))).toEqual([]);
  });
});
