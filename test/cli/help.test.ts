import type { Command, Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { declaredHelpNotes } from '../../src/cli/help.js';
import { buildProgram, runProgram } from '../../src/cli/program.js';
import { frHelp } from '../../src/i18n/help/fr.js';
import { fakeContext } from './fake-context.js';

/** Every command of the program, the program first, as the path typed after `selfassess`. */
function commandsOf(command: Command, path: string[] = []): Array<{ path: string[]; command: Command }> {
  const help = command.createHelp();
  const subs = help.visibleCommands(command).filter((sub) => sub.name() !== 'help');
  return [{ path, command }, ...subs.flatMap((sub) => commandsOf(sub, [...path, sub.name()]))];
}

/** The help as one line: commander's wrapping (ordinary spaces and line breaks) undone. */
const unwrapped = (text: string): string => text.replace(/[ \n]+/g, ' ');

/** What the help of `argv` writes (to stdout), in the session's language. */
async function helpOf(argv: string[], env: Record<string, string> = {}): Promise<string> {
  const { context, stdout } = fakeContext();
  context.env = { ...context.env, ...env };
  expect(await runProgram([...argv, '--help'], context)).toBe(0);
  return stdout();
}

const program = buildProgram(fakeContext().context, () => undefined);
const commands = commandsOf(program);
const helper: Help = program.createHelp();

/** The texts the commands are declared with: descriptions of commands, options and arguments, and the implicit help command's. */
const declared = new Set<string>();
/** The placeholders of their terms and usage lines (`dir` of `<dir>`, `patterns` of `<patterns...>`). */
const placeholders = new Set<string>();
for (const { command } of commands) {
  declared.add(command.description());
  for (const sub of helper.visibleCommands(command)) if (sub.name() === 'help') declared.add(sub.description());
  for (const option of helper.visibleOptions(command)) {
    declared.add(option.description);
    for (const [, inner] of option.flags.matchAll(/[<[]([^\]>]+)[\]>]/g))
      for (const name of (inner ?? '').split('|')) placeholders.add(name);
  }
  for (const argument of helper.visibleArguments(command)) {
    declared.add(argument.description);
    placeholders.add(argument.name());
  }
  for (const [, inner] of command.usage().matchAll(/[<[]([^\]>]+)[\]>]/g)) placeholders.add((inner ?? '').replace(/\.\.\.$/, ''));
}
placeholders.add('command'); // the implicit `help [command]`

describe('the French help catalogue (i18n/help/fr.ts)', () => {
  const catalogue = frHelp();

  it('has a French text for every text a command is declared with', () => {
    const missing = [...declared].filter((text) => !(text in catalogue.texts));
    expect(missing).toEqual([]);
  });

  it('has a French text for every text after a help (helpNote), and commander adds no note French does not write', () => {
    expect(declaredHelpNotes().size).toBeGreaterThanOrEqual(4);
    expect([...declaredHelpNotes()].filter((text) => !(text in catalogue.texts))).toEqual([]);
    // localizedHelp writes the notes of choices and defaults in French; commander's "preset:" and "env:" it would drop.
    const options = commands.flatMap(({ command }) => helper.visibleOptions(command));
    expect(options.filter((o) => o.presetArg !== undefined || o.envVar !== undefined).map((o) => o.flags)).toEqual([]);
  });

  it('has a French name for every placeholder, and none for a placeholder no command has', () => {
    expect([...placeholders].filter((name) => !(name in catalogue.names))).toEqual([]);
    expect(Object.keys(catalogue.names).filter((name) => !placeholders.has(name))).toEqual([]);
  });

  it('holds no text that no command declares (an English text changed without its translation)', async () => {
    // The texts after a help (exit codes, the store, drafts, verify's results) are found in the English help itself.
    const english = (await Promise.all(commands.map(({ path }) => helpOf(path)))).join('\n');
    const stale = Object.keys(catalogue.texts).filter((text) => !declared.has(text) && !english.includes(text));
    expect(stale).toEqual([]);
  });

  it('writes French as French: a no-break space before « : ; ? ! » and inside guillemets, typographic apostrophes', () => {
    for (const text of [...Object.values(catalogue.texts), ...Object.values(catalogue.words)]) {
      // "fichier:ligne:colonne" and "postgres://" are written as typed: a colon followed by a space is the one French spaces.
      expect(text, text).not.toMatch(/ [:;?!»]|«(?!\u00a0)|[^\u00a0][;?!»]|[^\u00a0]:\s|'/);
    }
  });
});

describe('help in the session language', () => {
  it('is French with --lang fr: headings, descriptions, placeholders and the notes of an option', async () => {
    const text = await helpOf(['validate', '--lang', 'fr']);
    expect(text).toContain('Utilisation\u00a0: selfassess validate [options] <motifs...>');
    expect(text).toContain('Arguments\u00a0:\n  motifs ');
    expect(text).toContain('Options\u00a0:');
    expect(text).toContain('--checklists <dossier>');
    expect(unwrapped(text)).toContain(
      'format de sortie (valeurs admises\u00a0: table, json, ndjson, junit, sarif, github\u00a0; par défaut\u00a0: table)',
    );
    expect(text).not.toMatch(/\b(Usage|default|choices|folder|files)\b|Options:/);
  });

  it('follows the command’s own --lang, the last of the line, over one given before the command', async () => {
    expect(await helpOf(['--lang', 'fr', 'validate', '--lang', 'en'])).toContain('Usage: selfassess validate [options] <patterns...>');
    expect(await helpOf(['--lang', 'en', 'db', 'status', '--lang=fr'])).toContain('Utilisation\u00a0: selfassess db status');
  });

  it('is French when the locale is, without --lang', async () => {
    const text = await helpOf(['db', 'status'], { LANG: 'fr_FR.UTF-8' });
    expect(text).toContain('Utilisation\u00a0: selfassess db status [options]');
    expect(text).toContain('seulement cette période considérée');
  });

  it('gives the texts after a help in French too: exit codes, the store, drafts, the results of verify', async () => {
    expect(await helpOf(['--lang', 'fr'])).toContain('Codes de sortie\u00a0:\n  0    succès');
    expect(await helpOf(['db', '--lang', 'fr'])).toContain('La base\u00a0: --db <dossier>');
    expect(await helpOf(['assess', '--lang', 'fr'])).toContain('Les brouillons sont conservés');
    expect(await helpOf(['verify', '--lang', 'fr'])).toContain('Résultats et codes de sortie\u00a0:');
    expect(await helpOf(['db', '--lang', 'fr'])).toContain('help [commande]  ');
  });

  it('stays commander’s own in English', async () => {
    const text = await helpOf(['validate', '--lang', 'en']);
    expect(text).toContain('Usage: selfassess validate [options] <patterns...>');
    expect(unwrapped(text)).toContain('output format (choices: "table", "json", "ndjson", "junit", "sarif", "github", default: "table")');
    expect(await helpOf(['--lang', 'en'])).toContain('Exit codes:\n  0    success');
  });

  // Law: in French, whatever the command, no line of its help begins with the no-break space or the sign it holds
  // in place (the wrapping breaks at ordinary spaces only), and no line is wider than commander's 80 columns.
  it('never begins a French line with « : ; ? ! », nor makes one wider than 80 columns', async () => {
    for (const { path } of commands) {
      const text = await helpOf([...path, '--lang', 'fr']);
      for (const line of text.split('\n')) {
        expect(line, `${path.join(' ')}: ${line}`).not.toMatch(/^\s*[\u00a0:;?!»]/);
        expect(line.length, `${path.join(' ')}: ${line}`).toBeLessThanOrEqual(80);
      }
    }
  });
});
