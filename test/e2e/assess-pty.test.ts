import { useTerminalHome } from '../support/terminal-home.js';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/domain/schemas/report.js';
import { KEY, Terminal } from '../support/pty.js';
import { ROOT } from '../support/run-cli.js';

const CHECKLIST = path.join(ROOT, 'test/fixtures/checklists/conditional-branches-all-types.yaml');

let dir: string;
let env: Record<string, string>;
useTerminalHome('selfassess-pty-', 'fr_FR.UTF-8', (home) => {
  ({ dir, env } = home);
});

async function drafts(): Promise<string[]> {
  const folder = path.join(dir, 'home', 'drafts');
  return existsSync(folder) ? (await readdir(folder)).map((name) => path.join(folder, name)) : [];
}

describe('selfassess assess in a terminal', () => {
  it('answers in French, goes back, takes a branch, is interrupted, resumes and writes the scored report', async () => {
    const first = new Terminal(['assess', CHECKLIST], { cwd: dir, env });
    await first.waitFor('Dans quelle langue souhaitez-vous répondre\u00a0?');
    await first.waitFor('❯ Français (fr)');
    await first.type(KEY.enter);
    await first.waitFor('État ou organisation');
    await first.type(...'cote');
    await first.waitFor("❯ Côte d'Ivoire (CIV)");
    await first.type(KEY.enter);
    await first.waitFor('Votre institution');
    await first.type(...'Ministère de la Justice', KEY.enter);
    await first.waitFor('Vos nom et prénom');
    await first.type(KEY.enter);
    await first.waitFor('Comment vous joindre');
    await first.type(KEY.enter);
    await first.waitFor('Vos fonctions');
    await first.type(KEY.enter);
    await first.waitFor('Période considérée');
    await first.type(...'2025', KEY.enter);

    await first.waitFor('Question 1.1 · 0 sur');
    await first.waitFor('Votre État est-il partie au Protocole ?');
    await first.type(...'pas', KEY.enter);
    // "Not a party" reveals the optional question at once, marked as optional.
    await first.waitFor('Question facultative\u00a0: vous pouvez la laisser sans réponse');
    await first.waitFor('où en est la ratification ?');
    await first.type(...':r', KEY.enter);
    await first.waitFor('Votre État est-il partie au Protocole ?');
    await first.type(KEY.up, KEY.enter);
    await first.waitFor("À quelle date l'instrument a-t-il été déposé ?");
    await first.type(...'31/03/2004', KEY.enter);
    await first.waitFor('La traite des personnes est-elle une infraction pénale ?');
    await first.type(...'en', KEY.enter);
    await first.waitFor('Veuillez citer le texte');
    await first.type(...'Code pénal', KEY.enter);
    await first.waitFor('assistance technique');
    // Nothing is highlighted at first: the official moves to a choice before ticking it.
    await first.type(KEY.down, KEY.space, KEY.enter);
    await first.waitFor("Combien de condamnations l'an dernier ?");
    await first.type(...'12,5', KEY.enter);
    await first.waitFor("Quelles formes d'exploitation sont visées ?");
    await first.type(KEY.ctrlC);
    expect(await first.exited).toBe(130);
    const interrupted = first.text;
    // Said in the session's language; the command names the checklist file, which is not a bundled one.
    expect(interrupted).toMatch(/Interrompu\.\s+Votre brouillon est conservé, avec ses 4 réponses, dans\s?:/);
    expect(interrupted).toMatch(
      /Pour reprendre\s?: node ".*selfassess\.js" assess ".*conditional-branches-all-types\.yaml" --resume ".*\.draft\.yaml"/,
    );
    expect(interrupted).not.toMatch(/\n\s+at .+:\d+:\d+/);

    const [draftFile, ...others] = await drafts();
    expect(others).toEqual([]);
    if (!draftFile) throw new Error('no draft was saved');
    if (process.platform !== 'win32') expect((await stat(draftFile)).mode & 0o777).toBe(0o600);
    const draft = await readFile(draftFile, 'utf8');
    expect(draft).toContain('value: 12.5');
    expect(draft).toContain('position: forms');

    const second = new Terminal(['assess', CHECKLIST], { cwd: dir, env });
    await second.waitFor('Laquelle souhaitez-vous reprendre\u00a0?');
    await second.waitFor("Côte d'Ivoire, 2025 — 4 sur 7 traitées");
    await second.type(KEY.enter);
    await second.waitFor("Quelles formes d'exploitation sont visées ?");
    await second.type(KEY.down, KEY.space, KEY.down, KEY.space, KEY.enter);
    await second.waitFor('Les victimes étrangères sont-elles protégées ?');
    await second.type(...'oui', KEY.enter);
    await second.waitFor('Autres observations ?');
    await second.type(KEY.enter);
    await second.waitFor('Récapitulatif avant de terminer');
    await second.waitFor('❯ Terminer et établir le rapport');
    await second.type(KEY.enter);
    await second.waitFor('Rapport enregistré dans\u00a0: civ-branches-2025.report.json');
    expect(await second.exited).toBe(0);
    // French puts a no-break space before "%".
    expect(second.text).toMatch(/Note globale\u00a0: 87,5\u00a0% — Élevé/);
    expect(second.text).toMatch(/Incrimination\s+█+░+\s+83,3\u00a0%/);

    const report = Report.parse(JSON.parse(await readFile(path.join(dir, 'civ-branches-2025.report.json'), 'utf8')));
    expect(report.language).toBe('fr');
    expect(report.respondent).toEqual({
      party: { type: 'state', code: 'CIV', name: "Côte d'Ivoire" },
      institution: 'Ministère de la Justice',
    });
    expect(report.answers).toEqual({
      party: { value: 'party' },
      deposit: { value: '2004-03-31' },
      offence: { value: 'partly', evidence: 'Code pénal', assistance: ['training'] },
      convictions: { value: 12.5 },
      forms: { value: ['sexual', 'labour'] },
      foreign: { value: 'yes' },
    });
    expect(report.completeness).toEqual({ complete: true, missing: 0, missingQuestions: [] });
    // (1 + 0.5 + 1 + 1) / 4 overall; the criminalization section (0.5 + 1 + 1) / 3.
    expect(report.scores.overall).toMatchObject({ score: 0.875, band: 'high' });
    expect(report.scores.sections.map((s) => [s.id, s.score])).toEqual([
      ['status', 1],
      ['crim', 0.8333],
    ]);
    expect(report.gaps).toEqual([
      {
        question: 'offence',
        section: 'crim',
        current: 0.5,
        best: 1,
        gap: 0.125,
        sources: [{ catalogue: 'un-tip-protocol', provision: '5.1' }],
      },
    ]);
    expect(report.assistance).toEqual([{ category: 'training', questions: ['offence'] }]);
    // The draft is deleted once the report is safely written.
    expect(await drafts()).toEqual([]);
  }, 60_000);

  it('saves the draft and exits 130 when the terminal is closed', async () => {
    const term = new Terminal(['assess', CHECKLIST, '--lang', 'en'], { cwd: dir, env });
    await term.waitFor('State or organization');
    await term.type(...'france', KEY.enter);
    await term.waitFor('Your institution');
    await term.type(KEY.enter);
    await term.waitFor('Your name');
    term.kill('SIGHUP');
    expect(await term.exited).toBe(130);
    const [draftFile] = await drafts();
    if (!draftFile) throw new Error('no draft was saved');
    expect(await readFile(draftFile, 'utf8')).toContain('code: FRA');
  }, 30_000);

  it('starts the bundled Protocol checklist and shows its first question', async () => {
    const term = new Terminal(['assess', '--lang', 'en'], { cwd: dir, env });
    await term.waitFor('State or organization');
    await term.type(...'european', KEY.enter);
    for (const field of ['Your institution', 'Your name', 'How to contact you', 'Your role']) {
      await term.waitFor(field);
      await term.type(KEY.enter);
    }
    await term.waitFor('Reporting period');
    await term.type(...'2025', KEY.enter);
    await term.waitFor('Question 1.1 · 0 of');
    await term.waitFor('What is the status of your State (or regional economic integration organization) with regard to the Trafficking');
    await term.type(KEY.ctrlC);
    expect(await term.exited).toBe(130);
  }, 30_000);
});
