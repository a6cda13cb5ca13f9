import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { canonicalHash } from '../../src/domain/canonical.js';
import { AnswersDocument } from '../../src/domain/schemas/answers.js';
import { WORKED_CHECKLIST } from '../support/answers-files.js';
import { ROOT, hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';

let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });
const SPANISH = path.join(ROOT, 'test/fixtures/checklists/third-language-es.yaml');

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-template-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('selfassess template', () => {
  it('writes a bundled checklist as a valid answers file to stdout, with its content hash', async () => {
    const r = run('template', 'tip-protocol');
    expect(r.status).toBe(0);
    const document = AnswersDocument.parse(parse(r.stdout));
    const checklist: unknown = parse(await readFile(path.join(ROOT, 'checklists/tip-protocol.yaml'), 'utf8'));
    expect(document.checklist).toEqual({ id: 'tip-protocol', version: '2.0.1', hash: canonicalHash(checklist) });
    expect(Object.values(document.answers).length).toBeGreaterThan(50);
    expect(r.stdout).toContain('# Answers to "Self-assessment checklist');
  });

  it('writes -o atomically and never over an existing file without --force', async () => {
    expect(run('template', WORKED_CHECKLIST, '-o', 'answers.yaml').status).toBe(0);
    await writeFile(path.join(dir, 'answers.yaml'), 'filled in by hand\n');
    const refused = run('template', WORKED_CHECKLIST, '-o', 'answers.yaml');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('answers.yaml already exists — choose another name with -o, or pass --force to replace it');
    expect(await readFile(path.join(dir, 'answers.yaml'), 'utf8')).toBe('filled in by hand\n');
    const forced = run('template', WORKED_CHECKLIST, '-o', 'answers.yaml', '--force');
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain('wrote answers.yaml: 10 questions in 2 sections');
    expect(AnswersDocument.safeParse(parse(await readFile(path.join(dir, 'answers.yaml'), 'utf8'))).success).toBe(true);
  });

  it('holds only the sections asked for', () => {
    const r = run('template', WORKED_CHECKLIST, '--sections', 'prot');
    expect(r.status).toBe(0);
    expect(Object.keys(AnswersDocument.parse(parse(r.stdout)).answers)).toEqual([
      'prot.recovery',
      'prot.child-shelters',
      'prot.residence',
      'prot.recovery-plan',
      'prot.focal-point',
      'prot.awareness',
    ]);
  });

  it('refuses an unknown section, suggesting the closest', () => {
    const r = run('template', WORKED_CHECKLIST, '--sections', 'crim,prto');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'checklist scoring-worked-example has no section "prto" (did you mean "prot"?) — its sections are: crim, prot',
    );
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('comments in French with --lang fr', () => {
    const r = run('template', WORKED_CHECKLIST, '--lang', 'fr');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('language: fr');
    expect(r.stdout).toContain('# Réponses à «\u00a0Exemple détaillé du modèle de notation\u00a0»');
    expect(r.stdout).toContain("  # crim.attempt — La tentative de commettre l'infraction est-elle une infraction pénale ?");
    expect(r.stdout).toContain('  #   Posée uniquement si la réponse à crim.offence est yes\u00a0; à défaut, la laisser à null.');
    expect(r.stdout).toMatch(/# {5}partly {5}En partie — note 0,5/);
  });

  it("uses a third language's texts with --lang es, and English tool words", () => {
    const r = run('template', SPANISH, '--lang', 'es');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  # offence — ¿Se ha tipificado como delito la trata de personas?');
    expect(r.stdout).toMatch(/# {5}yes {13}Sí — score 1/);
    expect(r.stdout).toContain('Answer with one code:');
  });

  it('warns when the checklist lacks the language asked for', () => {
    const r = run('template', SPANISH, '--lang', 'de');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('warning: checklist third-language has no texts in "de" (it has en, fr, es): its texts are shown in "en"');
  });

  it('says which checklists exist when the id is unknown', () => {
    const r = run('template', 'no-such-checklist');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no checklist file or bundled checklist named "no-such-checklist"');
  });
});
