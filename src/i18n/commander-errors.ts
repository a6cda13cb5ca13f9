import { phrase, type Phrase } from '../domain/diagnostic.js';
import { helpCatalogue, placeholderIn, termIn, type HelpCatalogue } from './help-texts.js';
import { writeText } from './write-text.js';

/**
 * commander writes its own usage errors in English, with no code for most of
 * their words. They are recognised here by their shape and written again in
 * the language asked, so that `--lang fr` holds from the first line; a shape
 * not known here is left as commander wrote it (never a wrong translation).
 */
const SHAPES: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray, help: HelpCatalogue | null) => Phrase]> = [
  [/^unknown option '([^']*)'/, (m) => phrase('commander.unknown-option', { option: m[1] ?? '' })],
  [/^unknown command '([^']*)'/, (m) => phrase('commander.unknown-command', { command: m[1] ?? '' })],
  [
    /^missing required argument '([^']*)'/,
    (m, help) => phrase('commander.missing-argument', { argument: placeholderIn(help, m[1] ?? '') }),
  ],
  [/^option '([^']*)' argument missing/, (m, help) => phrase('commander.option-argument-missing', { option: termIn(help, m[1] ?? '') })],
  [/^required option '([^']*)' not specified/, (m, help) => phrase('commander.required-option', { option: termIn(help, m[1] ?? '') })],
  [
    /^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s,
    (m, help) => phrase('commander.invalid-choice', { option: termIn(help, m[1] ?? ''), value: m[2] ?? '', choices: m[3] ?? '' }),
  ],
  [
    /^option '([^']*)' argument '([^']*)' is invalid\.\s*(.*)$/s,
    (m, help) =>
      phrase('commander.invalid-argument', { option: termIn(help, m[1] ?? ''), value: m[2] ?? '', reason: reasonOf(m[3] ?? '') }),
  ],
  [/^too many arguments(?: for '([^']*)')?\./, (m) => phrase('commander.too-many-arguments', { command: m[1] ?? 'selfassess' })],
];

/** The reasons of our own option parsers (src/cli/options.ts), by their English words. */
const REASONS: Readonly<Record<string, string>> = {
  'expected a whole number, 0 or more.': 'commander.reason.whole-number-0',
  'expected a whole number, 1 or more.': 'commander.reason.whole-number-1',
  'expected "error" or "warning".': 'commander.reason.error-or-warning',
};

function reasonOf(text: string): Phrase | string {
  const key = REASONS[text.trim()];
  return key === undefined ? (text.trim() === '' ? '' : ` ${text.trim()}`) : phrase(key);
}

const SUGGESTION = /\n?\(Did you mean (.*)\?\)\s*$/s;

/** One commander error (without its "error: " prefix), in the language asked. */
export function commanderErrorText(text: string, language: string | undefined): string {
  const suggestion = SUGGESTION.exec(text);
  const body = suggestion ? text.slice(0, suggestion.index) : text;
  for (const [shape, toPhrase] of SHAPES) {
    const match = shape.exec(body.trim());
    if (!match) continue;
    // Arguments and placeholders are named as the help names them (`motifs`, `<dossier>` in French).
    const main = writeText(toPhrase(match, helpCatalogue(language)), language);
    const hint = suggestion ? `\n${writeText(phrase('commander.did-you-mean', { suggestion: suggestion[1] ?? '' }), language)}` : '';
    return `${main}${hint}\n`;
  }
  return text;
}
