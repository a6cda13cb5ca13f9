import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/domain/schemas/checklist.js';
import { translator } from '../../src/i18n/translate.js';
import { MESSAGES } from '../../src/ui/messages.js';
import { commandLine, parseNavCommand } from '../../src/ui/nav.js';
import { parseDateAnswer, parseNumberAnswer, reservedWord } from '../../src/ui/typed-values.js';

const fr = translator(MESSAGES, 'fr');
const number = (extra: Partial<Question> = {}): Question => ({ id: 'n', type: 'number', text: 'How many?', ...extra });

describe('typed answers', () => {
  it("reads numbers with a decimal comma or point, within the question's bounds, with our messages", () => {
    expect(parseNumberAnswer('12,5', number(), fr)).toEqual({ ok: true, value: 12.5 });
    expect(parseNumberAnswer('1 250', number(), fr)).toEqual({ ok: true, value: 1250 });
    expect(parseNumberAnswer('douze', number(), fr)).toEqual({
      ok: false,
      message: 'Ce n’est pas un nombre. Tapez des chiffres, par exemple 12 ou 3,5.',
    });
    expect(parseNumberAnswer('2,5', number({ integer: true }), fr)).toMatchObject({ ok: false });
    expect(parseNumberAnswer('-1', number({ min: 0 }), fr)).toEqual({ ok: false, message: 'Le nombre ne peut être inférieur à 0.' });
  });

  it('reads dates as YYYY-MM-DD or DD/MM/YYYY, and refuses impossible ones', () => {
    expect(parseDateAnswer('2025-03-31', fr)).toEqual({ ok: true, value: '2025-03-31' });
    expect(parseDateAnswer('31/03/2025', fr)).toEqual({ ok: true, value: '2025-03-31' });
    expect(parseDateAnswer('1.4.2025', fr)).toEqual({ ok: true, value: '2025-04-01' });
    expect(parseDateAnswer('31/02/2025', fr)).toMatchObject({ ok: false });
    expect(parseDateAnswer('03/31/2025', fr)).toMatchObject({ ok: false });
  });

  it('takes "don\'t know" and "not applicable" typed in either language', () => {
    expect(reservedWord('NSP')).toBe('dont-know');
    expect(reservedWord('don’t know')).toBe('dont-know');
    expect(reservedWord('so')).toBe('not-applicable');
    expect(reservedWord('n/a')).toBe('not-applicable');
    expect(reservedWord('no')).toBeUndefined();
  });
});

describe('navigation commands', () => {
  it('accepts the commands of both languages, which never clash', () => {
    expect(parseNavCommand(':b')).toBe('back');
    expect(parseNavCommand(' :R ')).toBe('back');
    expect(parseNavCommand(':s')).toBe('skip');
    expect(parseNavCommand(':p')).toBe('skip');
    expect(parseNavCommand(':j')).toBe('jump');
    expect(parseNavCommand(':a')).toBe('jump');
    expect(parseNavCommand(':?')).toBe('help');
    expect(parseNavCommand(':h')).toBe('help');
    expect(parseNavCommand(':q')).toBe('quit');
    expect(parseNavCommand('q')).toBeUndefined();
    expect(parseNavCommand('Code pénal :q')).toBeUndefined();
  });

  it('names the commands of the chosen language', () => {
    expect(commandLine(['back', 'skip', 'quit'], fr, 'fr')).toBe(
      'Commandes\u00a0: :r question précédente · :p passer · :q enregistrer et quitter',
    );
  });
});

describe('wrapText', () => {
  it('wraps at spaces, keeps line breaks, and never cuts a word', async () => {
    const { wrapText } = await import('../../src/ui/wrap.js');
    expect(wrapText("La définition vise-t-elle l'ensemble des moyens", 20)).toBe("La définition\nvise-t-elle\nl'ensemble des\nmoyens");
    expect(wrapText('a b\nc', 20)).toBe('a b\nc');
    expect(wrapText('anticonstitutionnellement oui', 12)).toBe('anticonstitutionnellement\noui');
  });
});
