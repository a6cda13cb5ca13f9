import { foldForSearch } from '../domain/walk/fold.js';
import { translator, type Translate } from '../i18n/translate.js';
import { LineReader } from './line-reader.js';
import { MESSAGES, type MessageKey } from './messages.js';
import { commandLine, resolveCommand } from './nav.js';
import type {
  Asked,
  CheckboxPrompt,
  Choice,
  InputPrompt,
  NavCommand,
  PromptBase,
  Prompter,
  SearchPrompt,
  SelectPrompt,
} from './prompter.js';

export interface PlainOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  signal: AbortSignal;
  language: string;
}

const MAX_SEARCH_RESULTS = 20;

/**
 * The line-by-line adapter (`--plain`), for screen readers and logs: every
 * prompt is printed as lines of text, choices are numbered, the answer is a
 * typed line; no colour, no cursor movement, nothing redrawn.
 */
export function plainPrompter(options: PlainOptions): Prompter {
  let language = options.language;
  let t: Translate<MessageKey> = translator(MESSAGES, language);
  const lines = new LineReader(options.input, options.signal);
  const print = (text: string): void => {
    options.output.write(text.endsWith('\n') ? text : `${text}\n`);
  };
  const intro = (prompt: PromptBase): void => {
    print('');
    if (prompt.header) print(prompt.header);
    print(prompt.message);
  };
  const list = (choices: ReadonlyArray<Choice<string>>, mark?: (c: Choice<string>) => string): void => {
    choices.forEach((choice, i) => {
      print(`  ${i + 1}. ${mark ? mark(choice) : ''}${choice.label}`);
      if (choice.hint) print(`     ${choice.hint}`);
    });
  };
  /** Reads one answer line; a navigation command offered here ends the prompt, one not offered is refused. */
  const ask = async (prompt: PromptBase, label: string): Promise<{ kind: 'line'; line: string } | { kind: 'nav'; command: NavCommand }> => {
    for (;;) {
      if (prompt.nav.length > 0) print(commandLine(prompt.nav, t, language));
      options.output.write(`${label} `);
      const line = await lines.next();
      if (!line.trim().startsWith(':')) return { kind: 'line', line };
      const command = resolveCommand(line, prompt.nav, t);
      if ('ok' in command) return { kind: 'nav', command: command.ok };
      print(command.refused);
    }
  };
  /**
   * The choice a typed line names: its number, its label or one of its other words in full, or
   * the beginning of one of them that names one choice only (accents and case ignored). A word in
   * full comes first: « non » is "No", though "Non applicable" begins with it.
   */
  const pick = <T extends string>(choices: ReadonlyArray<Choice<T>>, typed: string): Choice<T> | undefined => {
    const text = typed.trim();
    if (/^\d+$/.test(text)) return choices[Number(text) - 1];
    const folded = foldForSearch(text);
    if (folded === '') return undefined;
    const words = (c: Choice<T>): string[] => [c.label, ...(c.aliases ?? [])].map(foldForSearch);
    const exact = choices.filter((c) => words(c).includes(folded));
    if (exact.length === 1) return exact[0];
    const matches = choices.filter((c) => words(c).some((word) => word.startsWith(folded)));
    return matches.length === 1 ? matches[0] : undefined;
  };
  const withDefault = (label: 'plain.choose' | 'plain.numbers' | 'plain.search' | 'plain.input', shown: string | undefined): string =>
    t(label, { default: shown ? t('plain.default', { value: shown }) : '' });

  return {
    async select<T extends string>(prompt: SelectPrompt<T>): Promise<Asked<T>> {
      intro(prompt);
      list(prompt.choices);
      const preset = prompt.choices.find((c) => c.value === prompt.default);
      for (;;) {
        const read = await ask(prompt, withDefault('plain.choose', preset?.label));
        if (read.kind === 'nav') return read;
        // Enter alone takes only a choice already made; typed text must name a choice.
        const typed = read.line.trim();
        const chosen = typed === '' ? preset : pick(prompt.choices, typed);
        if (chosen) return { kind: 'answer', value: chosen.value };
        print(typed === '' ? t('plain.none') : /^\d+$/.test(typed) ? t('plain.invalid-choice') : t('choice.no-match', { typed }));
      }
    },

    async checkbox<T extends string>(prompt: CheckboxPrompt<T>): Promise<Asked<T[]>> {
      intro(prompt);
      const checked = new Set<string>(prompt.checked ?? []);
      list(prompt.choices, (c) => (checked.has(c.value) ? '[x] ' : '[ ] '));
      const preset = prompt.choices.filter((c) => checked.has(c.value));
      const shown = preset.map((c) => String(prompt.choices.indexOf(c) + 1)).join(', ');
      for (;;) {
        const read = await ask(prompt, withDefault('plain.numbers', shown));
        if (read.kind === 'nav') return read;
        const parts = read.line.split(/[\s,;]+/).filter(Boolean);
        const chosen = read.line.trim() === '' ? preset : parts.map((p) => pick(prompt.choices, p));
        const values = chosen.flatMap((c) => (c ? [c.value] : []));
        const unknown = parts.find((p) => !pick(prompt.choices, p));
        if (values.length !== chosen.length) {
          print(unknown === undefined || /^\d+$/.test(unknown) ? t('plain.invalid-choice') : t('choice.no-match', { typed: unknown }));
          continue;
        }
        const unique = [...new Set(values)];
        const verdict = prompt.validate ? prompt.validate(unique) : true;
        if (verdict === true) return { kind: 'answer', value: unique };
        print(verdict);
      }
    },

    async search<T extends string>(prompt: SearchPrompt<T>): Promise<Asked<T>> {
      intro(prompt);
      const preset = prompt.search('').find((c) => c.value === prompt.default);
      let shown: ReadonlyArray<Choice<T>> = [];
      for (;;) {
        const read = await ask(prompt, withDefault('plain.search', preset?.label));
        if (read.kind === 'nav') return read;
        const typed = read.line.trim();
        if (typed === '' && preset) return { kind: 'answer', value: preset.value };
        if (typed === '') {
          print(t('plain.none'));
          continue;
        }
        if (/^\d+$/.test(typed) && shown.length > 0) {
          const chosen = shown[Number(typed) - 1];
          if (chosen) return { kind: 'answer', value: chosen.value };
          print(t('plain.invalid-choice'));
          continue;
        }
        shown = prompt.search(typed).slice(0, MAX_SEARCH_RESULTS);
        if (shown.length === 0) print(prompt.noResult ? prompt.noResult(typed) : t('plain.no-match', { term: typed }));
        else list(shown);
      }
    },

    async input(prompt: InputPrompt): Promise<Asked<string>> {
      intro(prompt);
      for (;;) {
        const editable = prompt.editable === true && prompt.default !== undefined && prompt.default !== '';
        // Lines cannot be edited in place: the text is shown, kept by Enter, replaced by what is typed, removed by "-".
        const read = await ask(
          prompt,
          editable ? t('plain.editable', { value: prompt.default ?? '' }) : withDefault('plain.input', prompt.default),
        );
        if (read.kind === 'nav') return read;
        const cleared = editable && read.line.trim() === '-';
        const text = cleared ? '' : read.line.trim() === '' && prompt.default !== undefined ? prompt.default : read.line;
        const verdict = prompt.validate ? prompt.validate(text) : true;
        if (verdict === true) return { kind: 'answer', value: text };
        print(verdict);
      }
    },

    write(text: string): void {
      print(text);
    },

    setLanguage(next: string): void {
      language = next;
      t = translator(MESSAGES, language);
    },

    close(): void {
      lines.close();
    },
  };
}
