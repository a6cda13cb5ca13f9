import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillAnswersFile } from '../support/answers-files.js';
import { hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';

/** Protocol art. 8(1): "not applicable" only for an organization acting outside its competence (review S9). */
let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });
const na = {
  'art8-1-accept-return': { value: 'not-applicable', justification: 'Return of nationals is outside the competence of the organization.' },
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-na-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('"not applicable" reserved to a regional economic integration organization', () => {
  it('score refuses it from a State, with the file, line and column and who may use it', async () => {
    expect(run('template', 'tip-protocol', '-o', 'state.yaml').status).toBe(0);
    await fillAnswersFile(path.join(dir, 'state.yaml'), {
      party: { type: 'state', code: 'SEN', name: 'Senegal' },
      period: '2025',
      answers: na,
    });
    const r = run('score', 'state.yaml', '-o', 'state.report.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/state\.yaml:\d+:\d+|\n\s+\d+:\d+\s+error/);
    expect(r.stderr).toContain(
      'only a regional economic integration organization may answer question "art8-1-accept-return" "not applicable"',
    );
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('score accepts it from an organization', async () => {
    expect(run('template', 'tip-protocol', '-o', 'eu.yaml').status).toBe(0);
    await fillAnswersFile(path.join(dir, 'eu.yaml'), {
      party: { type: 'organization', code: 'EU', name: 'European Union' },
      period: '2025',
      answers: na,
    });
    const r = run('score', 'eu.yaml', '-o', 'eu.report.json');
    expect(r.stderr).not.toContain('answer-not-applicable-not-for-respondent');
    expect(r.stderr).not.toContain('may answer question "art8-1-accept-return"');
  });

  it('merge refuses it from a State, in the file that says it, and writes nothing', async () => {
    expect(run('template', 'tip-protocol', '--sections', 'repatriation', '-o', 'dept-a.yaml').status).toBe(0);
    expect(run('template', 'tip-protocol', '--sections', 'prevention', '-o', 'dept-b.yaml').status).toBe(0);
    await fillAnswersFile(path.join(dir, 'dept-a.yaml'), {
      party: { type: 'state', code: 'SEN', name: 'Senegal' },
      period: '2025',
      answers: na,
    });
    await fillAnswersFile(path.join(dir, 'dept-b.yaml'), { party: { type: 'state', code: 'SEN', name: 'Senegal' }, period: '2025' });
    const r = run('merge', 'dept-a.yaml', 'dept-b.yaml', '-o', 'merged.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dept-a.yaml');
    expect(r.stderr).toContain('only a regional economic integration organization may answer question "art8-1-accept-return"');
    expect(r.stderr).toContain('nothing written');
  });
});
