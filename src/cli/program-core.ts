import { commandLine } from './command-line.js';
import { phrase } from '../domain/diagnostic.js';
import { Command, CommanderError, Option } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { contextLanguage, type CliContext } from './context.js';
import { UserError } from './errors.js';
import { OutputWriteError } from '../io/fd-output.js';
import { writeReason } from '../io/write-error.js';
import { filePhrase } from '../i18n/file-messages.js';
import { EXIT } from './exit-codes.js';
import type { Registration } from './register/registration.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { commanderErrorText } from '../i18n/commander-errors.js';
import { messageLanguage } from '../i18n/language.js';
import { writeText } from '../i18n/write-text.js';
import { helpNote, localizedHelp } from './help.js';

const EXIT_CODES_HELP = `
Exit codes:
  0    success
  1    findings: an input is invalid (at or above --fail-on), or coverage is incomplete
  2    usage or internal error (bad option, no file matched a pattern, …)
  130  interrupted (Ctrl-C); an interactive assessment saves its draft first`;

/** Adds commands to the program: every command (program.ts), or one (cli/single/). */
export type Register = (registration: Registration) => void;

/**
 * Builds the commander program with the commands `register` adds; each
 * command's module is imported only when it runs.
 */
export function buildProgramWith(context: CliContext, setExit: (code: number) => void, register: Register): Command {
  const program = new Command('selfassess')
    .description(
      'Self-assessment of the implementation of the UN Trafficking in Persons Protocol\n' +
        'and of the 2009 recommendations of the Working Group on Trafficking in Persons.',
    )
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .addOption(new Option('--debug', 'show stack traces of internal errors'))
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', helpNote(context, EXIT_CODES_HELP))
    .configureHelp(localizedHelp(context))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => context.stdout.write(s),
      writeErr: (s) => context.stderr.write(s),
      outputError: (s, write) => write(`selfassess: ${commanderErrorText(s.replace(/^error: /, ''), context.language)}`),
    });
  register({ program, context, setExit });
  acceptLanguage(program);
  // One rule for every command: its messages follow --lang, else the locale.
  program.hook('preAction', (_program, action) => {
    const lang = languageOption(action);
    // A --lang given before the command is the command's own (show, render and db read theirs).
    if (lang !== undefined && action.opts()['lang'] === undefined) action.setOptionValueWithSource('lang', lang, 'cli');
    context.language = messageLanguage(lang, context.env);
  });
  return program;
}

/** Every command takes --lang: those whose output has a language already declare it, the others get it for their messages. */
function acceptLanguage(command: Command): void {
  // The program and the groups (db) too: `selfassess --lang fr` shows the French help, and is no unknown option.
  if (!command.options.some((o) => o.long === '--lang')) command.option('--lang <language>', LANG_HELP);
  for (const sub of command.commands) {
    if (sub.commands.length > 0) acceptLanguage(sub);
    else if (!sub.options.some((o) => o.long === '--lang')) sub.option('--lang <language>', LANG_HELP);
  }
}

/**
 * The last --lang of a command line (`--lang fr` or `--lang=fr`): the
 * command's own when it has one, since a --lang for the program or a group
 * comes before the command (`selfassess --lang fr validate --help --lang en`
 * is English, as validate would be).
 */
function lastLanguage(argv: readonly string[]): string | undefined {
  let lang: string | undefined;
  argv.forEach((arg, i) => {
    if (argv[i - 1] === '--lang') lang = arg;
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  });
  return lang;
}

/** The command's own --lang, else the nearest given before it (`selfassess --lang fr validate …`, `db --lang fr status`). */
function languageOption(command: Command): string | undefined {
  for (let at: Command | null = command; at; at = at.parent) {
    const lang: unknown = at.opts()['lang'];
    if (typeof lang === 'string') return lang;
  }
  return undefined;
}

const LANG_HELP = "language of the messages: en or fr (default: your locale's)";

export async function runProgramWith(argv: string[], context: CliContext, register: Register): Promise<number> {
  let exitCode: number = EXIT.ok;
  // Before parsing, so that commander's own usage errors and the help follow --lang too.
  context.language = messageLanguage(lastLanguage(argv), context.env);
  context.argv = argv;
  const program = buildProgramWith(
    context,
    (code) => {
      exitCode = code;
    },
    register,
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, context);
  }
}

function handleError(error: unknown, context: CliContext): number {
  if (error instanceof CommanderError) {
    // No command (`selfassess`, `selfassess db`): commander has written the help on stderr; a usage error, as the
    // ground rules count it (exit 2), and the help is the hint.
    if (error.code === 'commander.help' && error.exitCode !== 0) return EXIT.usage;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT.ok;
    }
    if (error.code === 'commander.executeSubCommandAsync') return EXIT.usage;
    context.stderr.write(writeText(phrase('cli.help-hint', { command: commandLine(context, '--help') }), contextLanguage(context)) + '\n');
    return EXIT.usage;
  }
  if (error instanceof UserError) {
    context.stderr.write(`selfassess: ${terminalSafe(writeText(error.text, contextLanguage(context)))}\n`);
    return error.exitCode;
  }
  // Output that could not be written (io/fd-output.ts: a full disk): the user's to fix, not a bug.
  if (OutputWriteError.is(error)) {
    const text = filePhrase('write.output', { reason: writeReason(error.reason) });
    context.stderr.write(`selfassess: ${terminalSafe(writeText(text, contextLanguage(context)))}\n`);
    return EXIT.usage;
  }
  throw error;
}
