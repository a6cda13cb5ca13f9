import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeIntegrity } from '../../src/domain/report/integrity.js';
import type { Report } from '../../src/domain/schemas/report.js';
import { fillAnswersFile } from '../support/answers-files.js';
import { hasStackTrace, ROOT, runCli, type RunResult } from '../support/run-cli.js';

/**
 * Reports made by selfassess 0.1 (scoring model 1, checklists 1.0.0) stay
 * verifiable and readable: validate recomputes them with model 1, and show,
 * render and compare read them. A model-1 report of a checklist that declares
 * core obligations is refused, since model 1 would ignore them.
 */
const LEGACY = path.join(ROOT, 'test/fixtures/reports-model-1');
let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-model-1-'));
  for (const name of ['tip-protocol-model-1.report.json', 'tip-wg-2009-model-1.report.json', 'tip-protocol-1.0.0.answers.yaml']) {
    await copyFile(path.join(LEGACY, name), path.join(dir, name));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reports of scoring model 1 (selfassess 0.1)', () => {
  it.each(['tip-protocol-model-1.report.json', 'tip-wg-2009-model-1.report.json'])(
    '%s still validates, and says which model it was checked with',
    (name) => {
      const r = run('validate', name, '--format', 'json');
      expect(r.status).toBe(0);
      const [file] = JSON.parse(r.stdout).files;
      expect(file.status).not.toBe('invalid');
      expect(file.diagnostics.map((d: { code: string }) => d.code)).toContain('report-model-previous');
      expect(file.diagnostics.find((d: { code: string }) => d.code === 'report-model-previous').severity).toBe('info');
    },
  );

  it('is shown, rendered and compared with a report of the current model', async () => {
    const shown = run('show', 'tip-protocol-model-1.report.json');
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/Overall score: \d+\.\d% — Developing/);
    expect(hasStackTrace(shown.stderr)).toBe(false);
    expect(run('render', 'tip-protocol-model-1.report.json', '-f', 'md', '-o', 'legacy.md').status).toBe(0);

    expect(run('template', 'tip-protocol', '-o', 'current.answers.yaml').status).toBe(0);
    const legacy = parse(await readFile(path.join(dir, 'tip-protocol-1.0.0.answers.yaml'), 'utf8')) as {
      answers: Record<string, { value: unknown }>;
    };
    await fillAnswersFile(path.join(dir, 'current.answers.yaml'), {
      party: { type: 'state', code: 'SEN', name: 'Senegal' },
      period: '2025',
      answers: legacy.answers as never,
    });
    const scored = run('score', 'current.answers.yaml', '-o', 'current.report.json');
    expect(scored.status, scored.stderr).toBe(0);
    const compared = run('compare', 'tip-protocol-model-1.report.json', 'current.report.json', '--lang', 'en');
    expect(compared.status, compared.stderr).toBe(0);
    expect(compared.stdout).toContain('different versions of checklist tip-protocol (1.0.0, 2.0.1)');
  });

  it('a report that claims model 1 for a checklist with core obligations is refused', async () => {
    const current = JSON.parse(await readFile(path.join(dir, 'current.report.json'), 'utf8')) as Report;
    const { core: _core, unknowns: _unknowns, ...rest } = current;
    const { cap: _cap, ...overall } = rest.scores.overall;
    const body = { ...rest, scoring: { model: rest.scoring.model, bands: rest.scoring.bands }, scores: { ...rest.scores, overall } };
    const forged = { ...body, integrity: computeIntegrity(body as Report) };
    await writeFile(path.join(dir, 'forged.report.json'), JSON.stringify(forged, null, 2));
    const r = run('validate', 'forged.report.json', '--format', 'json');
    expect(r.status).toBe(1);
    const codes = JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toContain('report-model-outdated');
  });
});
