import { useTerminalHome } from '../support/terminal-home.js';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KEY, Terminal } from '../support/pty.js';
import { ROOT, runCli } from '../support/run-cli.js';

const CHECKLIST = path.join(ROOT, 'test/fixtures/checklists/conditional-branches-all-types.yaml');

/** What an English key hint, command or navigation label under a prompt looks like: none may show in a French session. */
const ENGLISH = [
  'Save and quit',
  'save and quit',
  'Previous question',
  'previous question',
  'Skip for now',
  'Go to a section',
  'go to the review',
  'Add a note',
  'Commands:',
  '↑↓ choose',
  '↑↓ move',
  'Enter confirm',
  'Type to search',
  'navigate',
  'select',
  'No results found',
  'Nothing is chosen',
  'No choice matches',
];

let dir: string;
let env: Record<string, string>;
// An English locale: the French must come from the session itself.
useTerminalHome('selfassess-invent-', 'en_GB.UTF-8', (home) => {
  ({ dir, env } = home);
});

async function onlyDraft(): Promise<{ answers?: Record<string, { value?: unknown }> }> {
  const folder = path.join(dir, 'home', 'drafts');
  const files = existsSync(folder) ? await readdir(folder) : [];
  expect(files).toHaveLength(1);
  return parse(await readFile(path.join(folder, files[0] ?? ''), 'utf8')) as { answers?: Record<string, { value?: unknown }> };
}

async function respondent(term: Terminal): Promise<void> {
  await term.waitFor('État ou organisation');
  await term.type(...'cote', KEY.enter);
  for (const field of ['Votre institution', 'Vos nom et prénom', 'Comment vous joindre', 'Vos fonctions']) {
    await term.waitFor(field);
    await term.type(KEY.enter);
  }
  await term.waitFor('Période considérée');
  await term.type(...'2025', KEY.enter);
}

describe('assess invents no answer', () => {
  it('records nothing while Enter is held down on unanswered questions, lists and checklists alike', async () => {
    const term = new Terminal(['assess', CHECKLIST, '--lang', 'fr'], { cwd: dir, env });
    await respondent(term);
    await term.waitFor('Votre État est-il partie au Protocole ?');
    // Enter held down: the keyboard repeats it, in one burst, then one by one.
    await term.type(KEY.enter.repeat(40));
    await term.type(...new Array<string>(10).fill(KEY.enter));
    await term.waitFor('Aucun choix n’est fait');
    // Text that names no choice, then Enter: refused too.
    await term.type(...'partly', KEY.enter);
    await term.waitFor('Aucun choix ne correspond à «\u00a0partly\u00a0».');

    // The criminalization section: "no" typed, then Enter held on the assistance checklist and the forms checklist.
    await term.type(...':a', KEY.enter);
    await term.waitFor('À quelle section souhaitez-vous aller\u00a0?');
    await term.type(...'incr', KEY.enter);
    await term.waitFor('La traite des personnes est-elle une infraction pénale ?');
    await term.type(...'non', KEY.enter);
    await term.waitFor('assistance technique');
    await term.type(KEY.enter.repeat(40));
    await term.waitFor("Quelles formes d'exploitation sont visées ?");
    await term.type(KEY.enter.repeat(40));
    await term.type(...new Array<string>(10).fill(KEY.enter));
    await term.waitFor('Cochez au moins un choix avec Espace');
    await term.type(KEY.ctrlC);
    expect(await term.exited).toBe(130);

    const draft = await onlyDraft();
    // Only the answer typed: "no", without assistance; nothing for the questions where Enter was held.
    expect(draft.answers).toEqual({ offence: { value: 'no' } });
  }, 90_000);

  it('shows no English key hint nor command in a French session started from a previous report', async () => {
    const answers = path.join(dir, 'answers.yaml');
    await writeFile(
      answers,
      [
        'kind: answers',
        'formatVersion: 1',
        'checklist: { id: branches, version: 1.0.0 }',
        'language: fr',
        'respondent: { party: { type: state, code: CIV, name: "Côte-d\'Ivoire" } }',
        'period: "2024"',
        'answers:',
        '  party: { value: party }',
        '  deposit: { value: "2004-03-31" }',
        '  offence: { value: "yes" }',
        '',
      ].join('\n'),
    );
    const scored = runCli(['score', answers, '--checklist', CHECKLIST, '-o', path.join(dir, 'previous.report.json')], { cwd: dir, env });
    expect(scored.status).toBe(0);

    const term = new Terminal(['assess', '--from', 'previous.report.json', CHECKLIST], { cwd: dir, env });
    // The language is asked in the report's language, with its hints and commands in it too.
    await term.waitFor('Dans quelle langue souhaitez-vous répondre\u00a0?');
    await term.waitFor('Commandes');
    await term.type(...'fr', KEY.enter);
    await term.waitFor('État ou organisation');
    await term.type(KEY.enter);
    for (const field of ['Votre institution', 'Vos nom et prénom', 'Comment vous joindre', 'Vos fonctions']) {
      await term.waitFor(field);
      await term.type(KEY.enter);
    }
    await term.waitFor('Période considérée');
    await term.type(...'2025', KEY.enter);
    await term.waitFor('Votre État est-il partie au Protocole ?');
    await term.waitFor('Commandes\u00a0:');
    await term.type(...'xyz', KEY.enter);
    await term.waitFor('Aucun choix ne correspond');
    await term.type(...':c', KEY.enter);
    await term.waitFor('Récapitulatif avant de terminer');
    await term.type(KEY.ctrlC);
    expect(await term.exited).toBe(130);
    for (const english of ENGLISH) expect(term.text).not.toContain(english);
  }, 90_000);
});
