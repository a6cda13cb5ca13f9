import { beforeAll, describe, expect, it } from 'vitest';
import { AnswersDocument, type Party } from '../../src/domain/schemas/answers.js';
import type { Checklist } from '../../src/domain/schemas/checklist.js';
import { prefillFromAnswers } from '../../src/domain/walk/resume.js';
import type { WalkState } from '../../src/domain/walk/state.js';
import { startWalk } from '../../src/domain/walk/step.js';
import { partyList, searchParties } from '../../src/io/countries.js';
import { PromptInterrupted } from '../../src/ui/prompter.js';
import { runSession, type SessionInput, type SessionIo } from '../../src/ui/session.js';
import { ScriptedPrompter, type Reply } from '../support/scripted-prompter.js';
import { loadFixtureChecklist } from '../support/walk-fixture.js';

let checklist: Checklist;
let hash: string;
beforeAll(async () => {
  ({ checklist, hash } = await loadFixtureChecklist());
});

function io(): SessionIo & { saved: AnswersDocument[] } {
  const saved: AnswersDocument[] = [];
  return {
    saved,
    saveDraft: async (document) => {
      saved.push(structuredClone(document));
    },
    parties: async (language) => {
      const entries = partyList(language);
      return (term: string): Party[] => searchParties(entries, term).map((e) => e.party);
    },
    now: () => new Date('2026-03-01T09:30:00Z'),
  };
}

function input(overrides: Partial<SessionInput> & { state?: WalkState } = {}): SessionInput {
  const { state = startWalk(checklist), ...rest } = overrides;
  return {
    checklist,
    opened: async () => ({ checklist, hash, state }),
    preferredLanguage: 'fr-FR',
    respondent: { respondent: {} },
    askRespondent: true,
    ...rest,
  };
}

const RESPONDENT: Reply[] = ['fr', 'cote', 'Ministère de la Justice', 'Amélie Dupont', '', '', { refused: '' }, '2025'];

describe('an assessment in French, through every branch', () => {
  it('asks the language and respondent, walks the questions and ends with the answers', async () => {
    const prompter = new ScriptedPrompter([
      ...RESPONDENT,
      'not-party',
      { nav: 'back' }, // from the optional stage question
      'party',
      { refused: '31/02/2004' },
      '31/03/2004',
      { nav: 'help' },
      'partly',
      'Code pénal, article 225-4-1', // evidence
      ['training'], // assistance
      { refused: 'douze' },
      '12,5',
      { refused: ['none', 'sexual'] },
      ['sexual', 'other'],
      'mendicité forcée', // "other" asks for a text
      'not-applicable',
      { refused: '' },
      'Aucune victime étrangère identifiée',
      { nav: 'note' }, // at the optional remarks
      'Question à revoir avec le ministère de l’Intérieur',
      { nav: 'skip' },
      ':finish',
    ]);
    const store = io();
    const result = await runSession(input(), store, prompter);

    expect(prompter.remaining).toBe(0);
    expect(prompter.language).toBe('fr');
    expect(result.kind).toBe('finished');
    if (result.kind !== 'finished') return;
    expect(result.answers.respondent).toEqual({
      party: { type: 'state', code: 'CIV', name: "Côte d'Ivoire" },
      institution: 'Ministère de la Justice',
      name: 'Amélie Dupont',
    });
    expect(result.answers.period).toBe('2025');
    expect(result.answers.answers).toEqual({
      party: { value: 'party' },
      deposit: { value: '2004-03-31' },
      offence: { value: 'partly', evidence: 'Code pénal, article 225-4-1', assistance: ['training'] },
      convictions: { value: 12.5 },
      forms: { value: ['sexual', 'other'], optionText: { other: 'mendicité forcée' } },
      foreign: { value: 'not-applicable', justification: 'Aucune victime étrangère identifiée' },
      // A note on a question put aside is kept.
      remarks: { notes: 'Question à revoir avec le ministère de l’Intérieur' },
    });

    // The optional question was marked as such, in French; the refusals were ours, in French.
    const stage = prompter.asked.find((a) => a.choices?.includes('not-begun'));
    expect(stage?.header).toContain('Question facultative');
    expect(prompter.refusals).toEqual([
      'Veuillez indiquer la période considérée, par exemple 2025 ou 2024-2025.',
      expect.stringContaining('Cette date n’est pas valide'),
      expect.stringContaining('Ce n’est pas un nombre'),
      '«\u00a0Aucune\u00a0» ne peut être combiné avec d’autres choix\u00a0: décochez l’un d’eux.',
      'Ce champ ne peut rester vide.',
    ]);
    // Choices in the chosen language, never a y/n confirm.
    const offence = prompter.asked.find((a) => a.choices?.includes('partly'));
    expect(offence?.labels).toEqual(['Oui', 'En partie', 'Non', 'Ne sait pas']);
    expect(prompter.asked.every((a) => a.nav.includes('quit'))).toBe(true);
    expect(prompter.lines.some((l) => l.includes('Dispositions concernées\u00a0: Protocole, art. 5, par. 1'))).toBe(true);

    // Saved after every answer, each save a valid draft tied to the checklist.
    expect(store.saved.length).toBeGreaterThanOrEqual(14);
    for (const draft of store.saved) {
      expect(AnswersDocument.safeParse(draft).success).toBe(true);
      expect(draft.checklist).toEqual({ id: 'branches', version: '1.0.0', hash });
    }
    expect(store.saved.at(-1)?.draft?.position).toBeNull();
  });

  it('jumps to a section and asks for confirmation before an incomplete report', async () => {
    const prompter = new ScriptedPrompter([
      'en',
      'france',
      '',
      '',
      '',
      '',
      '2025',
      { nav: 'jump' },
      'crim',
      'no', // offence: "no" asks no evidence; assistance is asked (below the best)
      [],
      ['labour'],
      'yes',
      '', // remarks left empty: put aside
      ':finish',
      'review',
      ':finish',
      'finish',
    ]);
    const result = await runSession(input({ preferredLanguage: 'en' }), io(), prompter);
    expect(prompter.remaining).toBe(0);
    expect(result.kind).toBe('finished');
    if (result.kind !== 'finished') return;
    expect(result.answers.answers).toEqual({ offence: { value: 'no' }, forms: { value: ['labour'] }, foreign: { value: 'yes' } });
    const confirm = prompter.asked.find((a) => a.choices?.includes('finish'));
    expect(confirm?.message).toContain('1 question is still unanswered');
    expect(confirm?.default).toBe('review');
  });
});

describe('leaving and coming back', () => {
  it('saves and quits at a question, keeping the note typed there', async () => {
    const store = io();
    const prompter = new ScriptedPrompter([...RESPONDENT, { nav: 'note' }, 'à vérifier', { nav: 'quit' }]);
    const result = await runSession(input(), store, prompter);
    expect(result).toEqual({ kind: 'quit', saved: true, language: 'fr' });
    expect(store.saved.at(-1)?.answers).toEqual({ party: { notes: 'à vérifier' } });
    expect(store.saved.at(-1)?.draft?.position).toBe('party');
  });

  it('lets Ctrl-C through after every answer has been saved', async () => {
    const store = io();
    const prompter = new ScriptedPrompter([...RESPONDENT, 'party', { interrupt: true }]);
    await expect(runSession(input(), store, prompter)).rejects.toBeInstanceOf(PromptInterrupted);
    expect(store.saved.at(-1)?.answers).toEqual({ party: { value: 'party' } });
    expect(store.saved.at(-1)?.draft?.position).toBe('deposit');
  });

  it('keeps a value chosen, and a note typed, when Ctrl-C comes in the middle of a question', async () => {
    const state = startWalk(checklist, { position: 'offence' });
    const store = io();
    const prompter = new ScriptedPrompter([{ nav: 'note' }, 'vu avec le parquet', 'yes', { interrupt: true }]);
    await expect(runSession(input({ state, language: 'fr', askRespondent: false }), store, prompter)).rejects.toBeInstanceOf(
      PromptInterrupted,
    );
    // Interrupted at the evidence prompt: the answer "yes" and the note are saved, the position stays.
    expect(store.saved.at(-1)?.answers).toEqual({ offence: { value: 'yes', notes: 'vu avec le parquet' } });
    expect(store.saved.at(-1)?.draft?.position).toBe('offence');
  });

  it('resumes a draft without asking the language nor the respondent again', async () => {
    const state = startWalk(checklist, { answers: { party: { value: 'party' } }, position: 'deposit' });
    const prompter = new ScriptedPrompter([{ nav: 'quit' }]);
    const result = await runSession(
      input({ state, language: 'fr', askRespondent: false, notices: (t) => [t('resume.new', { count: 1, list: 'remarks' })] }),
      io(),
      prompter,
    );
    expect(result.kind).toBe('quit');
    expect(prompter.asked.map((a) => a.kind)).toEqual(['input']);
    expect(prompter.asked[0]?.header).toContain('Question 1.2 · ');
    expect(prompter.lines[0]).toBe('1\u00a0nouvelle question depuis l’enregistrement de votre brouillon\u00a0: remarks.');
  });

  it("proposes the previous report's answers as defaults, to confirm with Enter", async () => {
    const { state } = prefillFromAnswers({ party: { value: 'not-party' }, offence: { value: 'yes', evidence: 'Loi de 2010' } }, checklist);
    const prompter = new ScriptedPrompter(['', { nav: 'quit' }]);
    const store = io();
    await runSession(input({ state, language: 'fr', askRespondent: false }), store, prompter);
    const party = prompter.asked[0];
    expect(party?.default).toBe('not-party');
    expect(party?.header).toContain('Réponse du rapport précédent\u00a0: Pas partie');
    expect(store.saved.at(-1)?.answers).toEqual({ party: { value: 'not-party' } });
    expect(store.saved.at(-1)?.draft?.pending).toEqual({ offence: { value: 'yes', evidence: 'Loi de 2010' } });
  });
});

describe('interrupted: what was confirmed is in the last draft saved', () => {
  const TO_OFFENCE: Reply[] = [...RESPONDENT, 'party', '31/03/2004'];

  it('Ctrl-C at the assistance prompt keeps the evidence just given, and tells the session language first', async () => {
    const prompter = new ScriptedPrompter([...TO_OFFENCE, 'partly', 'Code pénal, art. 225-4-1', { interrupt: true }]);
    const spoken: string[] = [];
    const store = { ...io(), spoken: (language: string) => spoken.push(language) };
    await expect(runSession(input(), store, prompter)).rejects.toBeInstanceOf(PromptInterrupted);
    expect(spoken).toEqual(['fr']);
    expect(store.saved.at(-1)?.answers['offence']).toEqual({ value: 'partly', evidence: 'Code pénal, art. 225-4-1' });
  });

  it('a note is saved once confirmed, before the question is asked again', async () => {
    const prompter = new ScriptedPrompter([...TO_OFFENCE, { nav: 'note' }, 'À vérifier', { interrupt: true }]);
    const store = io();
    await expect(runSession(input(), store, prompter)).rejects.toBeInstanceOf(PromptInterrupted);
    // Saved with the note before the interruption (a kill -9 would not have the interruption's save).
    const withNote = store.saved.findIndex((d) => d.answers['offence']?.notes === 'À vérifier');
    expect(withNote).toBeGreaterThanOrEqual(0);
    expect(withNote).toBeLessThan(store.saved.length - 1);
    expect(store.saved.at(-1)?.answers['offence']).toEqual({ notes: 'À vérifier' });
  });
});
