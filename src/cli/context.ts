import type { DiagnosticText } from '../domain/diagnostic.js';
import { writeText } from '../i18n/write-text.js';
import { messageLanguage } from '../i18n/language.js';
import type { ToolLanguage } from '../i18n/messages/index.js';
import { terminalSafe } from '../format/terminal-safe.js';
/**
 * What a command may touch of the outside world. Commands write through this,
 * never through `console` or `process` directly, so tests can run them in
 * process and end-to-end tests can check stdout and stderr separately.
 */
export interface CliContext {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  debug: boolean;
  /**
   * The language of the tool's own words for the command being run: set once
   * its options are parsed (see program.ts), from --lang, else the locale.
   */
  language?: ToolLanguage;
  /** The arguments of the command being run, as typed: to print it again for the user to run once they have fixed a file. */
  argv?: readonly string[];
}

/** The language of the tool's messages: the command's, else the locale's (before a command is known). */
export function contextLanguage(context: CliContext): ToolLanguage {
  return context.language ?? messageLanguage(undefined, context.env);
}

/** Colour only on a terminal, never with NO_COLOR, always with FORCE_COLOR (except "0"). */
export function wantsColor(context: CliContext, stream: 'stdout' | 'stderr'): boolean {
  const { env } = context;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined) return env['FORCE_COLOR'] !== '0';
  if (env['TERM'] === 'dumb') return false;
  return Boolean(context[stream].isTTY);
}

/** A line of the tool's own words on stderr, written in the command's language. */
export function say(context: CliContext, text: DiagnosticText): void {
  writeLine(context.stderr, writeText(text, contextLanguage(context)));
}

/** A line of the tool's own words, in which file names and texts from files are made terminal-safe. */
export function writeLine(stream: NodeJS.WritableStream, text = ''): void {
  const safe = terminalSafe(text);
  stream.write(safe.endsWith('\n') ? safe : safe + '\n');
}
