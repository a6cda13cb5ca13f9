import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';
import { bundledChecklist, country, sampleAnswers, sampleReport, writeSampleReport } from '../support/sample-reports.js';

/*
 * The official checklist cannot be impersonated: a checklist in --checklists
 * with the id and version of a bundled one but other content is refused
 * (checklist-shadows-bundled) and the bundled one used, unless the file is
 * named itself; a checklist that is not bundled is said where it came from.
 */
let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-shadow-'));
  await mkdir(path.join(dir, 'fake'));
  const official = parse(await readFile(path.join(ROOT, 'checklists/tip-protocol.yaml'), 'utf8')) as { title: Record<string, string> };
  // Same id and version, other content: what a forger would slip in.
  await writeFile(
    path.join(dir, 'fake/tip-protocol.yaml'),
    stringify({ ...official, title: { ...official.title, en: 'Forged checklist' } }),
  );
  const { checklist } = await bundledChecklist();
  await writeFile(path.join(dir, 'answers.json'), JSON.stringify(sampleAnswers(checklist, country('KEN'), '2025')));
  await writeSampleReport(dir, await sampleReport('KEN', '2025'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function refusedShadow(r: RunResult): void {
  expect(r.stderr).toContain('checklist-shadows-bundled');
  expect(r.stderr).toContain('fake/tip-protocol.yaml');
  expect(r.stderr).toMatch(/has the id and version of the bundled tip-protocol 2\.0\.1, but other content/);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

describe('a checklist in --checklists that shadows a bundled one', () => {
  it('score: refused, and the report made with the bundled checklist', async () => {
    const r = run('score', 'answers.json', '--checklists', 'fake', '-o', 'shadowed.report.json');
    refusedShadow(r);
    expect(r.status).toBe(0);
    const plain = run('score', 'answers.json', '-o', 'plain.report.json');
    const a = JSON.parse(await readFile(path.join(dir, 'shadowed.report.json'), 'utf8')) as { checklist: unknown; scores: unknown };
    const b = JSON.parse(await readFile(path.join(dir, 'plain.report.json'), 'utf8')) as { checklist: unknown; scores: unknown };
    expect(plain.status).toBe(0);
    expect(a.checklist).toEqual(b.checklist);
    expect(a.scores).toEqual(b.scores);
  });

  it('validate, show and template: refused, said', () => {
    const validate = run('validate', 'ken-2025.report.json', '--checklists', 'fake');
    refusedShadow(validate);
    expect(validate.status).toBe(0);
    const show = run('show', 'ken-2025.report.json', '--checklists', 'fake');
    refusedShadow(show);
    expect(show.status).toBe(0);
    const template = run('template', 'tip-protocol', '--checklists', 'fake');
    refusedShadow(template);
    expect(template.stdout).not.toContain('Forged checklist');
  });

  it('named itself with --checklist, it is used for this run, and the output says where it came from', () => {
    const r = run('score', 'answers.json', '--checklist', 'fake/tip-protocol.yaml', '-o', 'named.report.json');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /note: checklist tip-protocol 2\.0\.1 from fake\/tip-protocol\.yaml \(sha256 [0-9a-f]{12}…\), not a bundled checklist/,
    );
    expect(r.stderr).not.toContain('checklist-shadows-bundled');
  });

  it("validate says which checklist of the user's folder the files were checked against", () => {
    const r = runCli(['validate', 'test/fixtures/validate/reports/valid.report.json', '--checklists', 'test/fixtures/validate/checklists']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /note: checklist validate-example 1\.0\.0 from test\/fixtures\/validate\/checklists\/validate-example\.yaml \(sha256 [0-9a-f]{12}…\), not a bundled checklist — 1 file checked against it/,
    );
  });

  it('says it in French with the colon French typography puts after a word', () => {
    const r = runCli([
      'validate',
      '--lang',
      'fr',
      'test/fixtures/validate/reports/valid.report.json',
      '--checklists',
      'test/fixtures/validate/checklists',
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^selfassess: note\u00a0: liste de contrôle validate-example 1\.0\.0 tirée de /m);
  });
});
