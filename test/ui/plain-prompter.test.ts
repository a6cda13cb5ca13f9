import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { plainPrompter } from '../../src/ui/plain-prompter.js';
import { PromptInterrupted } from '../../src/ui/prompter.js';

function setup(language = 'fr') {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const controller = new AbortController();
  const prompter = plainPrompter({ input, output, signal: controller.signal, language });
  return { prompter, type: (line: string) => input.write(`${line}\n`), screen: () => text, input, controller };
}

const CHOICES = [
  { value: 'yes', label: 'Oui' },
  { value: 'partly', label: 'En partie' },
  { value: 'no', label: 'Non' },
];

describe('the plain adapter', () => {
  it('records nothing on Enter alone without an earlier choice, nor on text naming no choice, and says so', async () => {
    const { prompter, type, screen } = setup();
    const asked = prompter.select({ message: 'La traite est-elle une infraction ?', nav: ['quit'], choices: CHOICES });
    type('');
    type('partly');
    type(':z');
    type('non');
    await expect(asked).resolves.toEqual({ kind: 'answer', value: 'no' });
    expect(screen()).toContain('Aucun choix n’est fait\u00a0: tapez le numéro d’un choix');
    expect(screen()).toContain('Aucun choix ne correspond à «\u00a0partly\u00a0».');
    expect(screen()).toContain('Commande inconnue\u00a0: «\u00a0:z\u00a0».');
    const ticked = prompter.checkbox({ message: 'Lesquelles ?', nav: ['quit'], choices: CHOICES });
    type('oui, partly');
    type('1 3');
    await expect(ticked).resolves.toEqual({ kind: 'answer', value: ['yes', 'no'] });
    expect(screen().match(/Aucun choix ne correspond à «\u00a0partly\u00a0»/g)).toHaveLength(2);
    prompter.close();
  });

  it('takes an option\'s other words, in full before any beginning: « partiellement », « nsp », and « non » is still "Non"', async () => {
    const { prompter, type } = setup();
    const choices = [
      { value: 'yes', label: 'Oui' },
      { value: 'partly', label: 'En partie', aliases: ['Partiellement'] },
      { value: 'no', label: 'Non' },
      { value: 'dont-know', label: 'Ne sait pas', aliases: ['nsp'] },
      { value: 'not-applicable', label: 'Sans objet', aliases: ['Non applicable', 'so'] },
    ];
    const ask = async (typed: string) => {
      const asked = prompter.select({ message: 'La traite est-elle une infraction ?', nav: ['quit'], choices });
      type(typed);
      return asked;
    };
    await expect(ask('partiellement')).resolves.toEqual({ kind: 'answer', value: 'partly' });
    await expect(ask('Partiel')).resolves.toEqual({ kind: 'answer', value: 'partly' });
    await expect(ask('NSP')).resolves.toEqual({ kind: 'answer', value: 'dont-know' });
    await expect(ask('non')).resolves.toEqual({ kind: 'answer', value: 'no' });
    await expect(ask('non app')).resolves.toEqual({ kind: 'answer', value: 'not-applicable' });
    await expect(ask('so')).resolves.toEqual({ kind: 'answer', value: 'not-applicable' });
    prompter.close();
  });

  it('shows an editable text, keeps it on Enter, replaces it with what is typed, removes it with "-"', async () => {
    const { prompter, type, screen } = setup('en');
    const kept = prompter.input({ message: 'Your note:', nav: ['quit'], default: 'Act of 2010', editable: true });
    type('');
    await expect(kept).resolves.toEqual({ kind: 'answer', value: 'Act of 2010' });
    expect(screen()).toContain('Current text: Act of 2010');
    const replaced = prompter.input({ message: 'Your note:', nav: ['quit'], default: 'Act of 2010', editable: true });
    type('Act of 2010, amended in 2018');
    await expect(replaced).resolves.toEqual({ kind: 'answer', value: 'Act of 2010, amended in 2018' });
    const removed = prompter.input({ message: 'Your note:', nav: ['quit'], default: 'Act of 2010', editable: true });
    type('-');
    await expect(removed).resolves.toEqual({ kind: 'answer', value: '' });
    prompter.close();
  });

  it('numbers the choices and accepts a number, a label as typed, or Enter for the default', async () => {
    const { prompter, type, screen } = setup();
    const base = {
      header: 'Section 1 sur 2 : Incrimination',
      message: 'La traite est-elle une infraction ?',
      nav: ['back', 'quit'] as const,
      choices: CHOICES,
    };
    const byNumber = prompter.select(base);
    type('2');
    await expect(byNumber).resolves.toEqual({ kind: 'answer', value: 'partly' });
    const byLabel = prompter.select(base);
    type('OUI');
    await expect(byLabel).resolves.toEqual({ kind: 'answer', value: 'yes' });
    const byDefault = prompter.select({ ...base, default: 'no' });
    type('');
    await expect(byDefault).resolves.toEqual({ kind: 'answer', value: 'no' });
    expect(screen()).toContain(
      'Section 1 sur 2 : Incrimination\nLa traite est-elle une infraction ?\n  1. Oui\n  2. En partie\n  3. Non\n',
    );
    expect(screen()).toContain('Commandes\u00a0: :r question précédente · :q enregistrer et quitter');
    expect(screen()).toContain('Votre choix (Entrée conserve\u00a0: Non)\u00a0:');
    prompter.close();
  });

  it('asks again after an answer it cannot read, and takes commands', async () => {
    const { prompter, type, screen } = setup();
    const asked = prompter.select({ message: 'Q ?', nav: ['back', 'quit'], choices: CHOICES });
    type('9');
    type(':a');
    type(':q');
    await expect(asked).resolves.toEqual({ kind: 'nav', command: 'quit' });
    expect(screen()).toContain('Tapez l’un des numéros affichés, ou une commande.');
    expect(screen()).toContain('Cette commande n’est pas disponible ici.');
    prompter.close();
  });

  it('takes several numbers for a list with several answers, and validates them', async () => {
    const { prompter, type, screen } = setup('en');
    const asked = prompter.checkbox({
      message: 'Which?',
      nav: ['quit'],
      choices: CHOICES,
      checked: ['no'],
      validate: (values) => (values.includes('no') && values.length > 1 ? '"No" goes alone.' : true),
    });
    type('1, 3');
    type('1 2');
    await expect(asked).resolves.toEqual({ kind: 'answer', value: ['yes', 'partly'] });
    expect(screen()).toContain('  3. [x] Non');
    expect(screen()).toContain('"No" goes alone.');
    prompter.close();
  });

  it('searches, lists the matches, and takes the number of one', async () => {
    const { prompter, type, screen } = setup('en');
    const parties = [
      { value: 'FRA', label: 'France (FRA)' },
      { value: 'PYF', label: 'French Polynesia (PYF)' },
    ];
    const asked = prompter.search({
      message: 'State:',
      nav: ['quit'],
      search: (term) => parties.filter((p) => p.label.toLowerCase().startsWith(term.toLowerCase())),
    });
    type('zz');
    type('fr');
    type('2');
    await expect(asked).resolves.toEqual({ kind: 'answer', value: 'PYF' });
    expect(screen()).toContain('Nothing matches "zz"');
    expect(screen()).toContain('  1. France (FRA)\n  2. French Polynesia (PYF)\n');
    prompter.close();
  });

  it('says a search found nothing in its own sentence, never as a numbered line that could be picked', async () => {
    const { prompter, type, screen } = setup('fr');
    const parties = [{ value: 'SEN', label: 'Sénégal (SEN)' }];
    const asked = prompter.search({
      message: 'État :',
      nav: ['quit'],
      search: (term) => parties.filter((p) => p.value.toLowerCase().startsWith(term.toLowerCase())),
      noResult: (term) => `Aucun État ne correspond à « ${term} ».`,
    });
    type('zz');
    type('1');
    type('sen');
    type('1');
    await expect(asked).resolves.toEqual({ kind: 'answer', value: 'SEN' });
    expect(screen()).toContain('Aucun État ne correspond à « zz ».');
    expect(screen()).not.toMatch(/\d\. Aucun État/);
    prompter.close();
  });

  it('validates typed text and keeps the default on Enter', async () => {
    const { prompter, type, screen } = setup();
    const asked = prompter.input({
      message: 'Période :',
      nav: ['quit'],
      default: '2024',
      validate: (t) => (t === '2024' ? 'Déjà utilisée.' : true),
    });
    type('');
    type('2025');
    await expect(asked).resolves.toEqual({ kind: 'answer', value: '2025' });
    expect(screen()).toContain('> (Entrée conserve\u00a0: 2024)');
    expect(screen()).toContain('Déjà utilisée.');
    prompter.close();
  });

  it('never moves the cursor nor colours anything', async () => {
    const { prompter, type, screen } = setup();
    const asked = prompter.select({
      header: 'Section 1',
      message: 'Q ?',
      nav: ['back', 'skip', 'jump', 'help', 'note', 'quit'],
      choices: CHOICES,
    });
    type('1');
    await asked;
    prompter.write('✔ Question 1 : Oui');
    expect(screen()).not.toMatch(/\u001b/);
    prompter.close();
  });

  it('ends with an interruption on Ctrl-C, on hang-up and at the end of input', async () => {
    const first = setup();
    const interrupted = first.prompter.input({ message: 'Q ?', nav: ['quit'] });
    first.controller.abort('interrupt');
    await expect(interrupted).rejects.toEqual(new PromptInterrupted('interrupt'));

    const second = setup();
    const hungUp = second.prompter.input({ message: 'Q ?', nav: ['quit'] });
    second.controller.abort('hangup');
    await expect(hungUp).rejects.toMatchObject({ reason: 'hangup' });

    const third = setup();
    const ended = third.prompter.input({ message: 'Q ?', nav: ['quit'] });
    third.input.end();
    await expect(ended).rejects.toMatchObject({ reason: 'end-of-input' });
  });
});
