import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';

const ANSWERS = path.join(ROOT, 'test/fixtures/answers/scoring-worked-example.answers.yaml');
const CHECKLISTS = path.join(ROOT, 'test/fixtures/checklists');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-score-lang-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('score: the summary speaks the language of the messages, not of the answers', () => {
  it('an English answers file scored under a French locale gets its summary in French, with the same figure', () => {
    const args = ['score', ANSWERS, '--checklists', CHECKLISTS, '-o', path.join(dir, 'r.report.json'), '--force'];
    const french = runCli(args, { env: { LANG: 'fr_FR.UTF-8' } });
    expect(french.status).toBe(0);
    // Spacing before « : » and « % » is not what this test is about.
    expect(french.stderr).toMatch(/Note globale\s: 45,71\s% \(0\.4571\) — En développement/u);
    expect(french.stderr).toMatch(/INCOMPLET\s: 1 question sans réponse/u);
    expect(french.stderr).not.toContain('Overall score');
    const english = runCli(args);
    expect(english.stderr).toContain('Overall score: 45.71% (0.4571)');
  });
});
