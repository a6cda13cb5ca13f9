import { PassThrough } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { inquirerPrompter } from '../../src/ui/inquirer-prompter.js';
import { PromptInterrupted } from '../../src/ui/prompter.js';

// @inquirer/testing/vitest replaces the prompts' input and output with its own screen.
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

const YES_NO = [
  { value: 'yes', label: 'Oui' },
  { value: 'no', label: 'Non', hint: 'Aucune disposition en vigueur.' },
];

describe('the inquirer adapter', () => {
  it('shows the header, the choices and the navigation choices, and answers by typing the label', async () => {
    const { p, written } = prompter();
    const answer = p.select({ header: 'Section 1 sur 2 : Situation', message: 'Votre État est-il partie ?', nav: ['back', 'skip', 'quit'], choices: YES_NO });
    const shown = screen.getScreen();
    expect(shown).toContain('Section 1 sur 2 : Situation');
    expect(shown).toContain('? Votre État est-il partie ?');
    expect(shown).toMatch(/:r {2}Question précédente[\s\S]*:p {2}Passer pour l’instant[\s\S]*:q {2}Enregistrer et quitter/);
    expect(shown).toContain('↑↓ choisir · Entrée valider');
    screen.type('non');
    expect(screen.getScreen()).toContain('Aucune disposition en vigueur.');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'no' });
    // A prompt with a header leaves it to the caller to say what was answered.
    expect(written()).toBe('');
  });

  it('returns a navigation choice picked in the list', async () => {
    const { p } = prompter({ language: 'en' });
    const answer = p.select({ message: 'Is it?', nav: ['back', 'quit'], choices: YES_NO, default: 'yes' });
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'nav', command: 'quit' });
  });

  it('takes typed commands in a text field, and refuses one not offered there, in the chosen language', async () => {
    const { p, written } = prompter();
    const answer = p.input({ message: 'Période considérée :', nav: ['back', 'quit'] });
    expect(screen.getScreen()).toContain('Commandes : :r question précédente · :q enregistrer et quitter');
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
    const answer = p.input({ message: 'Nombre :', nav: ['quit'], validate: (text) => (/^\d+$/.test(text) ? true : 'Ce n’est pas un nombre.') });
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

  it('refuses a navigation choice ticked together with answers in a checkbox list', async () => {
    const { p } = prompter({ language: 'en' });
    const answer = p.checkbox({ message: 'Which?', nav: ['back'], choices: YES_NO });
    screen.keypress('space');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Tick a navigation item on its own');
    screen.keypress('up');
    screen.keypress('up');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'nav', command: 'back' });
  });

  it('searches without accents, and a typed command leaves only its choice', async () => {
    const { p } = prompter();
    const parties = [
      { value: 'CIV', label: "Côte-d'Ivoire (CIV)" },
      { value: 'BEN', label: 'Bénin (BEN)' },
    ];
    const search = (term: string) => parties.filter((c) => c.label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().includes(term.toLowerCase()));
    const answer = p.search({ message: 'État :', nav: ['back', 'quit'], search });
    screen.type('benin');
    await screen.next();
    expect(screen.getScreen()).toContain('Bénin (BEN)');
    expect(screen.getScreen()).not.toContain('Côte');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'BEN' });

    const quit = p.search({ message: 'État :', nav: ['back', 'quit'], search });
    screen.type(':q');
    await screen.next();
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
    const answer = p.select({ header: 'Section 1', message: 'Q ?', nav: ['quit'], choices: YES_NO });
    expect(screen.getScreen({ raw: true })).not.toMatch(/\u001b\[[0-9;]*m/);
    screen.keypress('enter');
    await answer;
  });
});
