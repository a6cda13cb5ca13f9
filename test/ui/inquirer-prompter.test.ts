import { PassThrough } from 'node:stream';
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
import { inquirerPrompter } from '../../src/ui/inquirer-prompter.js';
import { PromptInterrupted } from '../../src/ui/prompter.js';

// @inquirer/testing/vitest replaces the prompts' input and output with its own screen; our own prompts are wrapped the same way.
vi.mock('../../src/ui/list-prompt.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/list-prompt.js')>();
  return { ...actual, listPrompt: wrapPrompt(actual.listPrompt) };
});
vi.mock('../../src/ui/edit-prompt.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/edit-prompt.js')>();
  return { ...actual, editPrompt: wrapPrompt(actual.editPrompt) };
});
function prompter(options: { language?: string; color?: boolean; signal?: AbortSignal } = {}) {
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => {
    written += chunk.toString();
  });
  const p = inquirerPrompter({
    input: new PassThrough(),
    output,
    signal: options.signal ?? new AbortController().signal,
    language: options.language ?? 'fr',
    color: options.color ?? false,
  });
  return { p, written: () => written };
}

/** Our lists answer keys at once: waiting a tick lets the screen be redrawn. */
const drawn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

const YES_NO = [
  { value: 'yes', label: 'Oui' },
  { value: 'no', label: 'Non', hint: 'Aucune disposition en vigueur.' },
];

describe('the inquirer adapter', () => {
  it('shows the header, the answers alone and the commands under them, and answers by typing the label', async () => {
    const { p, written } = prompter();
    const answer = p.select({
      header: 'Section 1 sur 2 : Situation',
      message: 'Votre État est-il partie ?',
      nav: ['back', 'skip', 'quit'],
      choices: YES_NO,
    });
    const shown = screen.getScreen();
    expect(shown).toContain('Section 1 sur 2 : Situation');
    expect(shown).toContain('? Votre État est-il partie ?');
    expect(shown).toContain('Commandes\u00a0: :r question précédente · :p passer · :q enregistrer et quitter');
    expect(shown).not.toContain('Question précédente');
    expect(shown).toContain('↑↓ choisir · Entrée valider');
    // Nothing is highlighted before the official chooses.
    expect(shown).not.toContain('❯');
    screen.type('non');
    expect(screen.getScreen()).toContain('Aucune disposition en vigueur.');
    expect(screen.getScreen()).toContain('❯ Non');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'no' });
    // A prompt with a header leaves it to the caller to say what was answered.
    expect(written()).toBe('');
  });

  it('records nothing on Enter with nothing chosen, nor on typed text that names no choice, and says so', async () => {
    const { p } = prompter();
    const answer = p.select({ message: 'Votre État est-il partie ?', nav: ['quit'], choices: YES_NO });
    screen.keypress('enter');
    await drawn();
    expect(screen.getScreen()).toContain('Aucun choix n’est fait');
    screen.type('partly');
    screen.keypress('enter');
    await drawn();
    expect(screen.getScreen()).toContain('Aucun choix ne correspond à «\u00a0partly\u00a0».');
    expect(screen.getScreen()).not.toContain('❯');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'yes' });
  });

  it('says in English that no choice matches, and keeps a previous answer highlighted', async () => {
    const { p } = prompter({ language: 'en' });
    const answer = p.select({ message: 'Is it?', nav: ['quit'], choices: YES_NO, default: 'no' });
    expect(screen.getScreen()).toContain('❯ Non');
    screen.type('partly');
    screen.keypress('enter');
    await drawn();
    expect(screen.getScreen()).toContain('No choice matches "partly".');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'yes' });
  });

  it('returns a command typed in a list, and refuses one not offered there', async () => {
    const { p } = prompter({ language: 'en' });
    const answer = p.select({ message: 'Is it?', nav: ['back', 'review', 'quit'], choices: YES_NO, default: 'yes' });
    expect(screen.getScreen()).toContain(':v go to the review');
    screen.type(':j');
    screen.keypress('enter');
    await drawn();
    expect(screen.getScreen()).toContain('This command is not available here.');
    screen.type(':v');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'nav', command: 'review' });
  });

  it('takes typed commands in a text field, and refuses one not offered there, in the chosen language', async () => {
    const { p, written } = prompter();
    const answer = p.input({ message: 'Période considérée :', nav: ['back', 'quit'] });
    expect(screen.getScreen()).toContain('Commandes\u00a0: :r question précédente · :q enregistrer et quitter');
    screen.type(':a');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Cette commande n’est pas disponible ici.');
    screen.keypress('backspace');
    screen.keypress('backspace');
    screen.type(':R');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'nav', command: 'back' });
    expect(written()).toBe('');
  });

  it('shows our validation message and echoes the answer once given', async () => {
    const { p, written } = prompter();
    const answer = p.input({
      message: 'Nombre :',
      nav: ['quit'],
      validate: (text) => (/^\d+$/.test(text) ? true : 'Ce n’est pas un nombre.'),
    });
    screen.type('douze');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Ce n’est pas un nombre.');
    for (let i = 0; i < 5; i++) screen.keypress('backspace');
    screen.type('12');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: '12' });
    expect(written()).toBe('✔ Nombre : 12\n');
  });

  it('holds only answers in a checkbox list: a command is typed, and Enter alone with nothing ticked is refused', async () => {
    const { p } = prompter({ language: 'en' });
    const answer = p.checkbox({
      message: 'Which?',
      nav: ['back', 'note'],
      choices: YES_NO,
      validate: (values) => (values.length > 0 ? true : 'Tick at least one.'),
    });
    expect(screen.getScreen()).not.toContain('Add a note');
    for (let i = 0; i < 5; i++) screen.keypress('enter');
    await drawn();
    expect(screen.getScreen()).toContain('Tick at least one.');
    screen.keypress('space');
    await drawn();
    expect(screen.getScreen()).toContain('Nothing is chosen');
    screen.keypress('down');
    screen.keypress('space');
    screen.type(':n');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'nav', command: 'note' });

    const ticked = p.checkbox({ message: 'Which?', nav: ['back'], choices: YES_NO });
    screen.type('non');
    screen.keypress('enter');
    await drawn();
    expect(screen.getScreen()).toContain('◉ Non');
    screen.keypress('enter');
    await expect(ticked).resolves.toEqual({ kind: 'answer', value: ['no'] });
  });

  it('prefills an editable field: the text can be changed in place, and clearing it clears it', async () => {
    const { p } = prompter();
    const edited = p.input({ message: 'Votre note :', nav: ['quit'], default: 'Loi de 2010', editable: true });
    expect(screen.getScreen()).toContain('Votre note : Loi de 2010');
    screen.type(' modifiée');
    screen.keypress('enter');
    await expect(edited).resolves.toEqual({ kind: 'answer', value: 'Loi de 2010 modifiée' });

    const cleared = p.input({ message: 'Votre note :', nav: ['quit'], default: 'Loi', editable: true });
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    screen.keypress('enter');
    await expect(cleared).resolves.toEqual({ kind: 'answer', value: '' });
  });

  it('searches without accents, starts on no party, says when nothing is found, and takes a typed command', async () => {
    const { p } = prompter();
    const parties = [
      { value: 'CIV', label: "Côte-d'Ivoire (CIV)" },
      { value: 'BEN', label: 'Bénin (BEN)' },
    ];
    const search = (term: string) =>
      parties.filter((c) => c.label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().includes(term.toLowerCase()));
    const answer = p.search({ message: 'État :', nav: ['back', 'quit'], search });
    expect(screen.getScreen()).not.toContain('❯');
    screen.keypress('enter');
    await drawn();
    expect(screen.getScreen()).toContain('Aucun choix n’est fait');
    screen.type('xyz');
    await drawn();
    expect(screen.getScreen()).toContain('Aucun choix ne correspond à «\u00a0xyz\u00a0».');
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    screen.type('benin');
    await drawn();
    expect(screen.getScreen()).toContain('Bénin (BEN)');
    expect(screen.getScreen()).not.toContain('Côte');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'BEN' });

    const own = p.search({ message: 'État :', nav: ['back', 'quit'], search, noResult: (term) => `Aucun État pour « ${term} ».` });
    screen.type('xyz');
    await drawn();
    expect(screen.getScreen()).toContain('Aucun État pour « xyz ».');
    expect(screen.getScreen()).not.toContain('❯');
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    screen.type('benin');
    await drawn();
    screen.keypress('enter');
    await expect(own).resolves.toEqual({ kind: 'answer', value: 'BEN' });

    const quit = p.search({ message: 'État :', nav: ['back', 'quit'], search });
    screen.type(':q');
    await drawn();
    screen.keypress('enter');
    await expect(quit).resolves.toEqual({ kind: 'nav', command: 'quit' });
  });

  it('turns Ctrl-C into an interruption, never a stack trace', async () => {
    const { p } = prompter();
    const answer = p.select({ message: 'Q ?', nav: ['quit'], choices: YES_NO });
    screen.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toEqual(new PromptInterrupted('interrupt'));
  });

  it('turns a hang-up into an interruption that says so', async () => {
    const controller = new AbortController();
    const { p } = prompter({ signal: controller.signal });
    const answer = p.input({ message: 'Q ?', nav: ['quit'] });
    controller.abort('hangup');
    await expect(answer).rejects.toMatchObject({ reason: 'hangup' });
  });

  it('draws no colour when colour is off', async () => {
    const { p } = prompter();
    const answer = p.select({ header: 'Section 1', message: 'Q ?', nav: ['quit'], choices: YES_NO, default: 'yes' });
    expect(screen.getScreen({ raw: true })).not.toMatch(/\u001b\[[0-9;]*m/);
    screen.keypress('enter');
    await answer;
  });
});
