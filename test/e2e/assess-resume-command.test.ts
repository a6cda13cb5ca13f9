import { useTerminalHome } from '../support/terminal-home.js';
import { existsSync } from 'node:fs';
import { mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBranchesDraft } from '../support/branches-draft.js';
import { KEY, Terminal } from '../support/pty.js';
import { ROOT } from '../support/run-cli.js';
import { BRANCHES } from '../support/walk-fixture.js';

/*
 * The command printed to resume works as printed, from where the official
 * is: run the way they ran the tool (installed, `node bin/…`, `npm start`),
 * interrupted, and the printed command is then run as typed in a shell.
 */

const ALL_BUT_REMARKS = {
  party: { value: 'party' },
  deposit: { value: '2004-03-31' },
  offence: { value: 'yes' },
  convictions: { value: 3 },
  forms: { value: ['sexual'] },
  foreign: { value: 'yes' },
};

let dir: string;
let env: Record<string, string>;
useTerminalHome('selfassess-resume-', 'fr_FR.UTF-8', (home) => {
  ({ dir, env } = home);
});

/** The command after "Pour reprendre :" on the screen. */
function printedCommand(screen: string): string {
  const command = screen.match(/Pour reprendre\s?: (.+)/)?.[1]?.trim();
  if (!command) throw new Error(`no resume command on the screen:\n${screen}`);
  return command;
}

async function runPrinted(command: string, cwd: string, environment: Record<string, string>): Promise<Terminal> {
  return new Terminal(['-c', command], { cwd, env: environment, program: '/bin/sh' });
}

describe.runIf(process.platform !== 'win32')('the printed resume command', () => {
  it('after an installed selfassess (npm link): "selfassess assess …", which resumes; French messages, also right after resuming', async () => {
    const bin = path.join(dir, 'bin');
    await mkdir(bin);
    await symlink(path.join(ROOT, 'bin', 'selfassess.js'), path.join(bin, 'selfassess'));
    const installed = { ...env, PATH: `${bin}:${env['PATH'] ?? ''}` };
    const draft = await writeBranchesDraft(path.join(dir, 'home'), { answers: {}, position: 'party' });

    const first = await runPrinted(`selfassess assess "${BRANCHES}" --resume "${draft}"`, dir, installed);
    await first.waitFor('Votre État est-il partie au Protocole ?', 30_000);
    await first.type(...'parti', KEY.enter);
    await first.waitFor("À quelle date l'instrument a-t-il été déposé ?", 30_000);
    await first.type(KEY.ctrlC);
    expect(await first.exited).toBe(130);
    expect(first.text).toMatch(/Interrompu\.\s+Votre brouillon est conservé, avec 1 réponse, dans\s?:\s+\S+\.draft\.yaml/);
    const command = printedCommand(first.text);
    expect(command).toBe(`selfassess assess "${BRANCHES}" --resume "${draft}"`);

    // Resumed, then interrupted before answering anything: the draft is kept with its answer, and said so.
    const second = await runPrinted(command, dir, installed);
    await second.waitFor("À quelle date l'instrument a-t-il été déposé ?", 30_000);
    await second.type(KEY.ctrlC);
    expect(await second.exited).toBe(130);
    expect(second.text).toMatch(/Interrompu\.\s+Votre brouillon est conservé, avec 1 réponse, dans/);
    expect(printedCommand(second.text)).toBe(command);
    expect(second.text).not.toMatch(/Nothing was saved|Rien n’a été enregistré|Interrupted|To resume/);
  }, 90_000);

  it('run as node bin/selfassess.js, with --plain: "node …/bin/selfassess.js assess …", in French', async () => {
    const draft = await writeBranchesDraft(path.join(dir, 'home'), { answers: { party: { value: 'party' } }, position: 'deposit' });
    const first = new Terminal(['assess', BRANCHES, '--resume', draft, '--plain'], { cwd: dir, env });
    await first.waitFor("À quelle date l'instrument a-t-il été déposé ?", 30_000);
    await first.type(KEY.ctrlC);
    expect(await first.exited).toBe(130);
    expect(first.text).toMatch(/Interrompu\.\s+Votre brouillon est conservé, avec 1 réponse, dans/);
    const command = printedCommand(first.text);
    expect(command).toBe(`node "${path.join(ROOT, 'bin', 'selfassess.js')}" assess "${BRANCHES}" --resume "${draft}"`);
    const second = await runPrinted(command, dir, env);
    await second.waitFor("À quelle date l'instrument a-t-il été déposé ?", 30_000);
    await second.type(KEY.ctrlC);
    expect(await second.exited).toBe(130);
  }, 90_000);

  it("the draft picker speaks the drafts' French under an English locale; Ctrl-C there keeps them and says how to resume", async () => {
    const draft = await writeBranchesDraft(path.join(dir, 'home'), { answers: { party: { value: 'party' } }, position: 'deposit' });
    const term = new Terminal(['assess', BRANCHES], { cwd: dir, env: { ...env, LANG: 'en_GB.UTF-8' } });
    await term.waitFor('Laquelle souhaitez-vous reprendre', 30_000);
    await term.waitFor(/Enregistrée le 1 mars 2026 à \d\d:\d\d — Côte-d'Ivoire, 2025 — 1 sur 6 traitées/);
    await term.waitFor('Supprimer une auto-évaluation enregistrée…');
    await term.type(KEY.ctrlC);
    expect(await term.exited).toBe(130);
    expect(term.text).toMatch(
      /Interrompu\.\s+Vos auto-évaluations enregistrées sont conservées\. Pour en reprendre une\s?: node ".*selfassess\.js" assess ".*conditional-branches-all-types\.yaml" --resume/,
    );
    expect(existsSync(draft)).toBe(true);
  }, 60_000);

  it('after npm start: "npm start -- …", which resumes from the clone; the report goes to the reports folder, named in full', async () => {
    const draft = await writeBranchesDraft(path.join(dir, 'home'), { answers: ALL_BUT_REMARKS, position: 'remarks' });
    const first = new Terminal(['start', '--', BRANCHES, '--resume', draft], { cwd: ROOT, env, program: 'npm' });
    await first.waitFor('Autres observations ?', 60_000);
    await first.type(KEY.ctrlC);
    await first.exited;
    expect(first.text).toMatch(/Votre brouillon est conservé, avec ses 6 réponses, dans/);
    const command = printedCommand(first.text);
    expect(command).toBe(`npm start -- "${BRANCHES}" --resume "${draft}"`);

    const second = await runPrinted(command, ROOT, env);
    await second.waitFor('Autres observations ?', 60_000);
    await second.type(KEY.enter);
    await second.waitFor('❯ Terminer et établir le rapport', 30_000);
    await second.type(KEY.enter);
    const report = path.join(dir, 'home', 'reports', 'civ-branches-2025.report.json');
    await second.waitFor(`Rapport enregistré dans\u00a0: ${report}`, 30_000);
    expect(await second.exited).toBe(0);
    expect(existsSync(report)).toBe(true);
    expect((await readdir(ROOT)).filter((name) => name.endsWith('.report.json'))).toEqual([]);
  }, 120_000);
});
