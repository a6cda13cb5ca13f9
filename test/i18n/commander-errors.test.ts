import { describe, expect, it } from 'vitest';
import { commanderErrorText } from '../../src/i18n/commander-errors.js';

// commander's own words, as commander 14 writes them (after "error: ").
const COMMANDER = {
  unknownOption: "unknown option '--bogus'\n",
  unknownCommand: "unknown command 'valdate'\n(Did you mean validate?)\n",
  missingArgument: "missing required argument 'report'\n",
  optionArgumentMissing: "option '--key <file>' argument missing\n",
  requiredOption: "required option '--key <file>' not specified\n",
  invalidChoice: "option '--format <format>' argument 'pdf' is invalid. Allowed choices are table, json.\n",
  invalidArgument: "option '-j, --jobs <n>' argument 'abc' is invalid. expected a whole number, 1 or more.\n",
  tooMany: "too many arguments for 'show'. Expected 1 argument but got 2.\n",
};

describe('commanderErrorText', () => {
  it('leaves English as commander wrote it, but for the part after a known first sentence', () => {
    for (const text of [COMMANDER.unknownOption, COMMANDER.unknownCommand, COMMANDER.missingArgument, COMMANDER.invalidArgument]) {
      expect(commanderErrorText(text, 'en')).toBe(text);
    }
  });

  it('writes each known shape in French, with the suggestion and the reason of our own parsers', () => {
    expect(commanderErrorText(COMMANDER.unknownOption, 'fr')).toBe('option inconnue\u00a0: --bogus\n');
    expect(commanderErrorText(COMMANDER.unknownCommand, 'fr')).toBe(
      'commande inconnue\u00a0: valdate\n(Vouliez-vous dire validate\u00a0?)\n',
    );
    expect(commanderErrorText(COMMANDER.missingArgument, 'fr')).toBe('argument obligatoire manquant\u00a0: rapport\n');
    expect(commanderErrorText(COMMANDER.optionArgumentMissing, 'fr')).toBe('l’option --key <fichier> attend une valeur\n');
    expect(commanderErrorText(COMMANDER.requiredOption, 'fr')).toBe('l’option obligatoire --key <fichier> n’a pas été indiquée\n');
    expect(commanderErrorText(COMMANDER.invalidChoice, 'fr')).toBe(
      'la valeur «\u00a0pdf\u00a0» de l’option --format <format> n’est pas admise\u00a0; valeurs admises\u00a0: table, json\n',
    );
    expect(commanderErrorText(COMMANDER.invalidArgument, 'fr')).toBe(
      'la valeur «\u00a0abc\u00a0» de l’option -j, --jobs <n> n’est pas valide. Un nombre entier, 1 ou plus, est attendu.\n',
    );
    expect(commanderErrorText(COMMANDER.tooMany, 'fr')).toBe('trop d’arguments pour «\u00a0show\u00a0»\n');
  });

  it('leaves a shape it does not know as it is, rather than guess', () => {
    expect(commanderErrorText('something new from commander\n', 'fr')).toBe('something new from commander\n');
  });
});
