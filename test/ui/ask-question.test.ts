import { beforeAll, describe, expect, it } from 'vitest';
import type { Checklist } from '../../src/domain/schemas/checklist.js';
import { nextStep, startWalk, type StartOptions } from '../../src/domain/walk/step.js';
import { sectionProgress, walkView } from '../../src/domain/walk/view.js';
import type { QuestionStep } from '../../src/domain/walk/step.js';
import { translator } from '../../src/i18n/translate.js';
import { askQuestion } from '../../src/ui/ask-question.js';
import { MESSAGES } from '../../src/ui/messages.js';
import { ScriptedPrompter, type Reply } from '../support/scripted-prompter.js';
import { loadFixtureChecklist } from '../support/walk-fixture.js';

let checklist: Checklist;
beforeAll(async () => {
  ({ checklist } = await loadFixtureChecklist());
});

function stepAt(options: StartOptions): QuestionStep {
  const step = nextStep(startWalk(checklist, options));
  if (step.kind !== 'question') throw new Error('not at a question');
  return step;
}

async function ask(options: StartOptions, replies: Reply[], language = 'fr') {
  const prompter = new ScriptedPrompter(replies);
  const step = stepAt(options);
  const state = startWalk(checklist, options);
  const sections = sectionProgress(checklist, walkView(checklist, state.answers), []);
  const outcome = await askQuestion(step, sections, { prompter, t: translator(MESSAGES, language), language, checklist });
  return { prompter, outcome };
}

describe('a question asked in assess', () => {
  it('highlights no choice on an unanswered question, and offers only answers in the list', async () => {
    const { prompter } = await ask({ position: 'party' }, ['party']);
    const [asked] = prompter.asked;
    expect(asked?.kind).toBe('select');
    expect(asked?.default).toBeUndefined();
    expect(asked?.choices?.every((c) => !c.includes('nav'))).toBe(true);
    expect(asked?.nav).toEqual(['back', 'skip', 'jump', 'review', 'help', 'note', 'quit']);
  });

  it('refuses Enter alone when nothing is chosen: the scripted Enter has no default to take', async () => {
    await expect(ask({ position: 'party' }, [''])).rejects.toThrow(/"" is not a choice/);
  });

  it('keeps the choice the official made earlier highlighted, and a checklist ticks only what was ticked', async () => {
    const answered = await ask({ position: 'offence', answers: { party: { value: 'party' }, offence: { value: 'no' } } }, ['', []]);
    expect(answered.prompter.asked[0]?.default).toBe('no');
    expect(answered.outcome).toMatchObject({ kind: 'event', event: { type: 'answer', answer: { value: 'no' } } });
    const forms = await ask({ position: 'forms' }, [['sexual']]);
    expect(forms.prompter.asked[0]).toMatchObject({ kind: 'checkbox', default: [] });
  });

  it('refuses a checklist confirmed with nothing ticked, naming the command to skip it', async () => {
    const { prompter, outcome } = await ask({ position: 'forms' }, [{ refused: [] }, { nav: 'skip' }]);
    expect(prompter.refusals).toEqual([
      'Cochez au moins un choix avec Espace (ou «\u00a0Ne sait pas\u00a0»), ou tapez :p pour passer la question pour l’instant.',
    ]);
    expect(outcome).toMatchObject({ kind: 'event', event: { type: 'skip' } });
    expect(outcome).not.toHaveProperty('record');
  });

  it('numbers the question as the report does, and echoes a date as it was typed while storing it as ISO', async () => {
    const { prompter, outcome } = await ask({ position: 'deposit', answers: { party: { value: 'party' } } }, ['27/10/2003']);
    expect(prompter.asked[0]?.header).toContain('Question 1.2 · 1 sur');
    expect(prompter.asked[0]?.header).not.toMatch(/Question \d+ sur \d+/);
    expect(prompter.lines).toContain('✔ Question 1.2\u00a0: 27/10/2003');
    expect(outcome).toMatchObject({ kind: 'event', event: { type: 'answer', answer: { value: '2003-10-27' } } });
  });

  it('goes to the review by a command, keeping what was there', async () => {
    const { outcome } = await ask({ position: 'foreign' }, [{ nav: 'review' }], 'en');
    expect(outcome).toEqual({ kind: 'event', event: { type: 'review' } });
  });

  it('offers the note for editing, prefilled with the current text', async () => {
    const { prompter, outcome } = await ask({ position: 'foreign', answers: { foreign: { value: 'yes', notes: 'Loi de 2010' } } }, [
      { nav: 'note' },
      'Loi de 2010, modifiée en 2018',
      'yes',
    ]);
    const note = prompter.asked[1];
    expect(note).toMatchObject({ kind: 'input', default: 'Loi de 2010', editable: true });
    expect(note?.message).toContain('modifiez le texte affiché');
    expect(outcome).toMatchObject({
      kind: 'event',
      event: { type: 'answer', answer: { value: 'yes', notes: 'Loi de 2010, modifiée en 2018' } },
    });
  });
  it('goes to the review from a follow-up prompt too, with the answer chosen kept', async () => {
    const { prompter, outcome } = await ask(
      { position: 'offence', answers: { party: { value: 'party' } } },
      ['yes', { nav: 'review' }],
      'en',
    );
    // The evidence prompt offers the review like the question itself.
    expect(prompter.asked[1]?.kind).toBe('input');
    expect(prompter.asked[1]?.nav).toContain('review');
    expect(outcome).toMatchObject({ kind: 'event', event: { type: 'review' }, record: { value: 'yes' } });
  });
});
