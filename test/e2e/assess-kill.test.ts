import { useTerminalHome } from '../support/terminal-home.js';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KEY, Terminal } from '../support/pty.js';
import { ROOT } from '../support/run-cli.js';

/*
 * Save before you show: once the screen confirms a chosen answer, it is in the
 * draft, so that a kill -9 (or an out-of-memory kill, or a power cut) at the
 * follow-up prompts loses nothing the official saw confirmed.
 */
const CHECKLIST = path.join(ROOT, 'test/fixtures/checklists/conditional-branches-all-types.yaml');

let dir: string;
let env: Record<string, string>;
useTerminalHome('selfassess-kill-', 'fr_FR.UTF-8', (home) => {
  ({ dir, env } = home);
});

async function draftAnswers(): Promise<Record<string, { value?: unknown }>> {
  const folder = path.join(dir, 'home', 'drafts');
  const [file] = existsSync(folder) ? await readdir(folder) : [];
  if (!file) throw new Error('no draft was saved');
  return (parse(await readFile(path.join(folder, file), 'utf8')) as { answers: Record<string, { value?: unknown }> }).answers;
}

/** Starts an assessment and answers up to the "offence" question, whose follow-ups are evidence and assistance. */
async function toOffence(): Promise<Terminal> {
  const t = new Terminal(['assess', CHECKLIST, '--lang', 'fr'], { cwd: dir, env });
  await t.waitFor('État ou organisation');
  await t.type(...'cote');
  await t.waitFor("❯ Côte d'Ivoire (CIV)");
  await t.type(KEY.enter);
  for (const prompt of ['Votre institution', 'Vos nom et prénom', 'Comment vous joindre', 'Vos fonctions']) {
    await t.waitFor(prompt);
    await t.type(KEY.enter);
  }
  await t.waitFor('Période considérée');
  await t.type(...'2025', KEY.enter);
  await t.waitFor('Votre État est-il partie au Protocole ?');
  // Nothing is highlighted: the answer is typed.
  await t.type(...'partie', KEY.enter);
  await t.waitFor("À quelle date l'instrument a-t-il été déposé ?");
  await t.type(...'31/03/2004', KEY.enter);
  await t.waitFor('La traite des personnes est-elle une infraction pénale ?');
  return t;
}

describe.runIf(process.platform !== 'win32')('assess: kill -9 at a follow-up prompt', () => {
  it('the answer confirmed on screen before the evidence prompt is in the draft', async () => {
    const t = await toOffence();
    await t.type(...'en', KEY.enter);
    const screen = await t.waitFor('Veuillez citer le texte');
    // The screen has confirmed the answer: kill at once, without a chance to save.
    expect(screen).toMatch(/✔ Question [\d.]+\u00a0: En partie/);
    t.kill('SIGKILL');
    await t.exited;
    const answers = await draftAnswers();
    expect(answers['offence']?.value).toBe('partly');
    expect(answers['deposit']?.value).toBe('2004-03-31');
  }, 60_000);

  it('at the assistance prompt: the value and the evidence just given are in the draft', async () => {
    const t = await toOffence();
    await t.type(...'en', KEY.enter);
    await t.waitFor('Veuillez citer le texte');
    await t.type(...'Code pénal, art. 225-4-1', KEY.enter);
    await t.waitFor('assistance technique');
    t.kill('SIGKILL');
    await t.exited;
    expect((await draftAnswers())['offence']).toEqual({ value: 'partly', evidence: 'Code pénal, art. 225-4-1' });
  }, 60_000);
});
