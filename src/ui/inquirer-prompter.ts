import { input } from '@inquirer/prompts';
import { Chalk } from 'chalk';
import { translator, type Translate } from '../i18n/translate.js';
import { MESSAGES, type MessageKey } from './messages.js';
import { editPrompt } from './edit-prompt.js';
import { listPrompt, type ListConfig, type ListItem, type ListLook } from './list-prompt.js';
import { commandLine, parseNavCommand, resolveCommand } from './nav.js';
import { wrapText } from './wrap.js';
import {
  NAV_COMMANDS,
  PromptInterrupted,
  type Asked,
  type CheckboxPrompt,
  type Choice,
  type InputPrompt,
  type PromptBase,
  type Prompter,
  type SearchPrompt,
  type SelectPrompt,
} from './prompter.js';

export interface TerminalOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { rows?: number; columns?: number };
  /** Aborted on SIGINT between prompts and on SIGHUP; its reason is 'interrupt' or 'hangup'. */
  signal: AbortSignal;
  language: string;
  color: boolean;
}

/** Inquirer's errors are recognised by name, so that this module depends on @inquirer/prompts alone. */
function interruption(error: unknown, signal: AbortSignal): unknown {
  if (!(error instanceof Error)) return error;
  if (error.name === 'AbortPromptError') return new PromptInterrupted(signal.reason === 'hangup' ? 'hangup' : 'interrupt');
  if (error.name === 'ExitPromptError') return new PromptInterrupted(/SIGHUP|SIGTERM/.test(error.message) ? 'hangup' : 'interrupt');
  return error;
}

/** The choice a prompt returned, typed as the caller's values. */
function answerAmong<T extends string>(choices: ReadonlyArray<Choice<T>>, value: string): Asked<T> {
  const found = choices.find((c) => c.value === value);
  if (!found) throw new Error(`the prompt returned "${value}", which is not one of its choices`);
  return { kind: 'answer', value: found.value };
}

const toItem = (c: Choice<string>): ListItem =>
  c.hint ? { value: c.value, name: c.label, description: c.hint } : { value: c.value, name: c.label };

/**
 * The terminal adapter: arrow-key lists holding only answers, with nothing
 * highlighted until the official chooses; navigation as typed commands (named
 * under every prompt). Colour only when asked (NO_COLOR, non-TTY are decided by the caller).
 */
export function inquirerPrompter(options: TerminalOptions): Prompter {
  let language = options.language;
  let t: Translate<MessageKey> = translator(MESSAGES, language);
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const plainStyle = {
    answer: (s: string) => s,
    message: (s: string) => s,
    error: (s: string) => `> ${s}`,
    defaultAnswer: (s: string) => `(${s})`,
    help: (s: string) => s,
    highlight: (s: string) => s,
    key: (s: string) => `<${s}>`,
    description: (s: string) => s,
    disabled: (s: string) => s,
    searchTerm: (s: string) => s,
  };
  const theme = (keys: MessageKey) => ({
    // The "?" is drawn by `message`, before the question rather than before the header.
    prefix: { idle: '', done: '' },
    style: {
      ...(options.color ? {} : plainStyle),
      // The header and the question are styled here, part by part, not as one bold block.
      message: (s: string) => s,
      keysHelpTip: () => chalk.dim(t(keys)),
    },
  });
  // Every prompt is cleared once answered and replaced by one line (see `done`), so the scrollback stays a readable record.
  const context = { input: options.input, output: options.output, signal: options.signal, clearPromptOnDone: true };
  /** "✔ Your name: Ana Diaz" for prompts without a header; a question's own line is written by the caller. */
  const done = (prompt: PromptBase, answer: string): void => {
    if (prompt.header !== undefined) return;
    const question = prompt.message.split('\n')[0] ?? '';
    options.output.write(`${chalk.green('✔')} ${question} ${chalk.cyan(answer)}\n`);
  };
  const message = (prompt: PromptBase, typed: boolean): string => {
    // The question comes last, so that what the official types follows it.
    const width = (options.output.columns ?? 80) - 1;
    const lines = [];
    if (prompt.header) lines.push(chalk.cyan(wrapText(prompt.header, width)), '');
    if (typed && prompt.nav.length > 0) lines.push(chalk.dim(wrapText(commandLine(prompt.nav, t, language), width)));
    // Wrapped with room for the "? " before it.
    const question = wrapText(`? ${prompt.message}`, width).slice(2);
    lines.push(`${chalk.blue('?')} ${chalk.bold(question)}`);
    return lines.join('\n');
  };
  /** Screen lines a text takes once wrapped. */
  const height = (text: string): number => {
    const columns = options.output.columns ?? 80;
    return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((line.length + 3) / columns)), 0);
  };
  /**
   * Lines of the list to show: all of it when the terminal is tall enough, so
   * that the navigation choices at the bottom are on screen, not scrolled away.
   */
  const pageSize = (prompt: PromptBase, items: readonly ListItem[]): number => {
    const rows = options.output.rows ?? 24;
    // The key hints and the commands take two lines under the list.
    const used = height(prompt.header ?? '') + height(prompt.message) + 7;
    const wanted = items.reduce((n, item) => n + height(`  ${item.name}`), 0);
    return Math.max(5, Math.min(wanted, rows - used));
  };
  const run = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (error) {
      throw interruption(error, options.signal);
    }
  };

  /** The words and looks of the answer lists, in the session's language at the moment of asking. */
  const look = (keys: MessageKey, prompt: PromptBase): ListLook => ({
    noChoice: t('choice.none'),
    noMatch: (typed) => t('choice.no-match', { typed }),
    help: [t(keys), ...(prompt.nav.length > 0 ? [commandLine(prompt.nav, t, language)] : [])].join('\n'),
    highlight: (text) => chalk.cyan(text),
    dim: (text) => chalk.dim(text),
    error: (text) => (options.color ? chalk.red(`> ${text}`) : `> ${text}`),
    description: (text) => chalk.cyan(text),
  });
  const commandOf = (prompt: PromptBase) => (typed: string) => resolveCommand(typed, prompt.nav, t);
  const list = async (
    prompt: PromptBase,
    mode: ListConfig['mode'],
    keys: MessageKey,
    config: Pick<ListConfig, 'source' | 'active' | 'checked' | 'validate' | 'pageSize' | 'noResult'>,
  ): Promise<Asked<string[]>> => {
    const result = await run(() =>
      listPrompt({ ...config, message: message(prompt, false), mode, command: commandOf(prompt), look: look(keys, prompt) }, context),
    );
    if (result.kind === 'command') {
      const command = NAV_COMMANDS.find((c) => c === result.command);
      if (command) return { kind: 'nav', command };
      throw new Error(`the list returned the command "${result.command}", which is not one`);
    }
    return { kind: 'answer', value: result.values };
  };

  return {
    async select<T extends string>(prompt: SelectPrompt<T>): Promise<Asked<T>> {
      const items = prompt.choices.map(toItem);
      const asked = await list(prompt, 'single', 'keys.select', {
        source: () => items,
        active: prompt.default,
        pageSize: pageSize(prompt, items),
      });
      if (asked.kind === 'nav') return asked;
      const [value = ''] = asked.value;
      const answer = answerAmong(prompt.choices, value);
      done(prompt, prompt.choices.find((c) => c.value === value)?.label ?? value);
      return answer;
    },

    async checkbox<T extends string>(prompt: CheckboxPrompt<T>): Promise<Asked<T[]>> {
      const items = prompt.choices.map(toItem);
      const validate = prompt.validate;
      const asked = await list(prompt, 'multiple', 'keys.checkbox', {
        source: () => items,
        checked: prompt.checked,
        pageSize: pageSize(prompt, items),
        validate: validate ? (values) => validate(prompt.choices.filter((c) => values.includes(c.value)).map((c) => c.value)) : undefined,
      });
      if (asked.kind === 'nav') return asked;
      const chosen = prompt.choices.filter((c) => asked.value.includes(c.value));
      done(prompt, chosen.map((c) => c.label).join(', ') || '—');
      return { kind: 'answer', value: chosen.map((c) => c.value) };
    },

    async search<T extends string>(prompt: SearchPrompt<T>): Promise<Asked<T>> {
      const asked = await list(prompt, 'search', 'keys.search', {
        source: (term) => prompt.search(term).map(toItem),
        noResult: prompt.noResult,
        active: prompt.default,
        pageSize: Math.max(5, (options.output.rows ?? 24) - height(prompt.header ?? '') - height(prompt.message) - 6),
      });
      if (asked.kind === 'nav') return asked;
      const [value = ''] = asked.value;
      const all = prompt.search('');
      done(prompt, all.find((c) => c.value === value)?.label ?? value);
      return answerAmong(all, value);
    },

    async input(prompt: InputPrompt): Promise<Asked<string>> {
      // The input prompt puts a space after its prefix even when empty: the first line is passed as the prefix instead.
      const [first = '', ...rest] = message(prompt, true).split('\n');
      const validate = (typed: string): true | string => {
        const command = parseNavCommand(typed);
        if (command) return prompt.nav.includes(command) ? true : t('nav.unavailable');
        return prompt.validate ? prompt.validate(typed) : true;
      };
      const text = await run(() =>
        prompt.editable
          ? editPrompt({ message: message(prompt, true), text: prompt.default ?? '', validate, error: (e) => `> ${e}` }, context)
          : input(
              {
                message: rest.length > 0 ? `\n${rest.join('\n')}` : '',
                default: prompt.default,
                theme: { ...theme('keys.select'), prefix: { idle: first, done: first }, validationFailureMode: 'keep' },
                validate,
              },
              context,
            ),
      );
      const command = parseNavCommand(text);
      if (command) return { kind: 'nav', command };
      done(prompt, text.trim() === '' ? '—' : text);
      return { kind: 'answer', value: text };
    },

    write(text: string): void {
      const wrapped = wrapText(text, (options.output.columns ?? 80) - 1);
      options.output.write(wrapped.endsWith('\n') ? wrapped : `${wrapped}\n`);
    },

    setLanguage(next: string): void {
      language = next;
      t = translator(MESSAGES, language);
    },

    close(): void {},
  };
}
