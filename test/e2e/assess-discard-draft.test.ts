import { useTerminalHome } from '../support/terminal-home.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBranchesDraft } from '../support/branches-draft.js';
import { KEY, Terminal } from '../support/pty.js';
import { BRANCHES } from '../support/walk-fixture.js';

let dir: string;
let env: Record<string, string>;
useTerminalHome('selfassess-discard-', 'fr_FR.UTF-8', (home) => {
  ({ dir, env } = home);
});

describe.runIf(process.platform !== 'win32')('assess: discarding a draft from the picker, in a terminal', () => {
  it('keeps it when Enter is pressed at the confirmation, deletes it once confirmed, then starts afresh', async () => {
    const draft = await writeBranchesDraft(path.join(dir, 'home'), { answers: { party: { value: 'party' } }, position: 'deposit' });
    const term = new Terminal(['assess', BRANCHES], { cwd: dir, env });
    await term.waitFor('Supprimer une auto-évaluation enregistrée…', 30_000);
    await term.highlight('Supprimer une auto-évaluation enregistrée…');
    await term.type(KEY.enter);
    await term.waitFor('Quelle auto-évaluation enregistrée souhaitez-vous supprimer');
    // "None: back to the list" is highlighted: Enter alone discards nothing.
    await term.waitFor('❯ Aucune');
    await term.highlight('Enregistrée le', KEY.up);
    await term.type(KEY.enter);
    await term.waitFor('❯ Non, la conserver');
    // Enter: the default keeps it, and the list comes back.
    await term.type(KEY.enter);
    await term.waitFor('Laquelle souhaitez-vous reprendre');
    expect(existsSync(draft)).toBe(true);
    await term.waitFor('Supprimer une auto-évaluation enregistrée…');
    await term.highlight('Supprimer une auto-évaluation enregistrée…');
    await term.type(KEY.enter);
    await term.waitFor('❯ Aucune');
    await term.highlight('Enregistrée le', KEY.up);
    await term.type(KEY.enter);
    await term.waitFor('❯ Non, la conserver');
    await term.highlight('Oui, la supprimer');
    await term.type(KEY.enter);
    await term.waitFor(/Supprimée\s?: .*\.draft\.yaml/);
    await term.waitFor('Dans quelle langue souhaitez-vous répondre\u00a0?');
    expect(existsSync(draft)).toBe(false);
    await term.type(KEY.ctrlC);
    expect(await term.exited).toBe(130);
  }, 60_000);
});
