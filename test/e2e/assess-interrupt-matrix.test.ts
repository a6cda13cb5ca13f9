import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KEY, Terminal } from '../support/pty.js';
import { writeBranchesDraft } from '../support/branches-draft.js';
import { BRANCHES } from '../support/walk-fixture.js';

/*
 * Nothing confirmed is lost, whatever ends the session and wherever: every
 * kind of prompt is interrupted by Ctrl-C, SIGHUP, a closed window, SIGTERM
 * and a killed process (SIGKILL), with something typed but not yet confirmed on
 * screen, and the draft must hold exactly what was confirmed before.
 * Each case resumes a draft saved just before the prompts it needs, so that
 * the matrix stays short.
 */

const BEFORE_CRIM = { party: { value: 'party' }, deposit: { value: '2004-03-31' } };
const BEFORE_FOREIGN = { ...BEFORE_CRIM, offence: { value: 'no' } };
const ALL_BUT_REMARKS = {
  ...BEFORE_CRIM,
  offence: { value: 'yes' },
  convictions: { value: 3 },
  forms: { value: ['sexual'] },
  foreign: { value: 'yes' },
};

/** Waits for a prompt, optionally highlights a choice in its list, then types keys. */
type Step = { wait: string; highlight?: string; keys: string[] };
const pick = (wait: string, label: string, ...keys: string[]): Step => ({ wait, highlight: label, keys });
const text = (wait: string, typed: string): Step => ({ wait, keys: [...typed, KEY.enter] });

interface Case {
  prompt: string;
  /** The draft resumed: its answers and the question it stands at (null: the review). */
  draft: { answers: Record<string, unknown>; position: string | null };
  /** Confirmed on screen before the interruption. */
  steps: Step[];
  /** The prompt left open, and what is typed there without confirming it. */
  at: string;
  unconfirmed: string[];
  /** The draft's answers afterwards. */
  expected: Record<string, unknown>;
  /** The draft picker: start without --resume, so that the picker is asked. */
  picker?: true;
}

const CASES: Case[] = [
  {
    prompt: 'answer',
    draft: { answers: {}, position: 'party' },
    steps: [text('Votre État est-il partie au Protocole ?', 'parti')],
    at: "À quelle date l'instrument a-t-il été déposé ?",
    unconfirmed: [...'31/03'],
    expected: { party: { value: 'party' } },
  },
  {
    prompt: 'evidence',
    draft: { answers: BEFORE_CRIM, position: 'offence' },
    steps: [text('La traite des personnes est-elle une infraction pénale ?', 'en')],
    at: 'Veuillez citer le texte',
    unconfirmed: [...'Code pénal'],
    expected: { ...BEFORE_CRIM, offence: { value: 'partly' } },
  },
  {
    prompt: 'assistance',
    draft: { answers: BEFORE_CRIM, position: 'offence' },
    steps: [
      text('La traite des personnes est-elle une infraction pénale ?', 'en'),
      text('Veuillez citer le texte', 'Code pénal, art. 225-4-1'),
    ],
    at: 'assistance technique',
    unconfirmed: [KEY.space],
    expected: { ...BEFORE_CRIM, offence: { value: 'partly', evidence: 'Code pénal, art. 225-4-1' } },
  },
  {
    prompt: 'justification',
    draft: { answers: BEFORE_FOREIGN, position: 'forms' },
    steps: [
      pick("Quelles formes d'exploitation sont visées ?", 'Autre', KEY.space, KEY.enter),
      text('Veuillez préciser', 'Mendicité forcée'),
      text('Les victimes étrangères sont-elles protégées ?', 'sans'),
    ],
    at: 'Pourquoi cette question est-elle sans objet',
    unconfirmed: [...'Aucune victime'],
    expected: { ...BEFORE_FOREIGN, forms: { value: ['other'], optionText: { other: 'Mendicité forcée' } } },
  },
  {
    prompt: 'note',
    draft: { answers: {}, position: 'party' },
    steps: [
      text('Votre État est-il partie au Protocole ?', 'parti'),
      text("À quelle date l'instrument a-t-il été déposé ?", ':n'),
      text('Votre note sur cette question', 'Dépôt à vérifier'),
      // The note is confirmed; the question is asked again, and the note prompt opened once more.
      text("À quelle date l'instrument a-t-il été déposé ?", ':n'),
    ],
    at: 'Votre note sur cette question',
    unconfirmed: [...' (brouillon)'],
    expected: { party: { value: 'party' }, deposit: { notes: 'Dépôt à vérifier' } },
  },
  {
    prompt: 'review',
    draft: { answers: ALL_BUT_REMARKS, position: 'remarks' },
    steps: [text('Autres observations ?', 'RAS')],
    at: 'Récapitulatif avant de terminer',
    unconfirmed: [KEY.down],
    expected: { ...ALL_BUT_REMARKS, remarks: { value: 'RAS' } },
  },
  {
    prompt: 'draft picker',
    draft: { answers: BEFORE_CRIM, position: 'offence' },
    steps: [],
    at: 'Laquelle souhaitez-vous reprendre\u00a0?',
    unconfirmed: [KEY.down],
    expected: BEFORE_CRIM,
    picker: true,
  },
];

/** "window closed": the terminal itself goes away, as when its window is closed, which also sends SIGHUP. */
const SIGNALS = ['Ctrl-C', 'SIGHUP', 'window closed', 'SIGTERM', 'SIGKILL'] as const;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'selfassess-matrix-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const cases = CASES.flatMap((c) => SIGNALS.map((signal) => ({ ...c, signal })));

describe
  .runIf(process.platform !== 'win32')
  .concurrent('assess: interrupted at every kind of prompt, the draft holds what was confirmed', () => {
    it.each(cases)(
      '$prompt prompt, $signal',
      async (c) => {
        const dir = await mkdtemp(path.join(root, 'case-'));
        const env = {
          PATH: process.env['PATH'] ?? '',
          HOME: dir,
          SELFASSESS_HOME: path.join(dir, 'home'),
          TERM: 'xterm-256color',
          LANG: 'fr_FR.UTF-8',
        };
        const file = await writeBranchesDraft(path.join(dir, 'home'), c.draft);
        const before = await readFile(file, 'utf8');
        const t = new Terminal(c.picker ? ['assess', BRANCHES] : ['assess', BRANCHES, '--resume', file], { cwd: dir, env });
        for (const step of c.steps) {
          await t.waitFor(step.wait, 30_000);
          if (step.highlight !== undefined) await t.highlight(step.highlight);
          await t.type(...step.keys);
        }
        await t.waitFor(c.at, 30_000);
        await t.type(...c.unconfirmed);
        if (c.signal === 'Ctrl-C') await t.type(KEY.ctrlC);
        else if (c.signal === 'window closed') t.closeWindow();
        else t.kill(c.signal);
        const code = await t.exited;
        if (c.signal === 'Ctrl-C' || c.signal === 'SIGHUP' || c.signal === 'SIGTERM') expect(code).toBe(130);

        // One draft, the same file, holding exactly what was confirmed.
        expect(await readdir(path.dirname(file))).toEqual([path.basename(file)]);
        const after = await readFile(file, 'utf8');
        expect((parse(after) as { answers: unknown }).answers).toEqual(c.expected);
        if (c.picker) expect(after).toBe(before);
        // Saved in this session: its first line says how to resume, in the draft's language.
        else
          expect(after.split('\n')[0]).toMatch(
            /^# brouillon selfassess — pour reprendre\s?: node ".*" assess ".*" --resume ".*\.draft\.yaml"$/,
          );
      },
      90_000,
    );
  });
