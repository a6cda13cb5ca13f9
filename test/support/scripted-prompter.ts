import type {
  Asked,
  CheckboxPrompt,
  InputPrompt,
  NavCommand,
  Prompter,
  SearchPrompt,
  SelectPrompt,
  Validate,
} from '../../src/ui/prompter.js';
import { PromptInterrupted } from '../../src/ui/prompter.js';

/**
 * A reply to the next prompt: a value (a choice's value, a list of them, a
 * typed text), a navigation command, a text the prompt must refuse (its
 * message is kept and the same prompt is answered by the next reply), or an
 * interruption such as Ctrl-C.
 */
export type Reply = string | string[] | { nav: NavCommand } | { refused: string | string[] } | { interrupt: true };

export interface Asked_ {
  kind: 'select' | 'checkbox' | 'search' | 'input';
  header?: string | undefined;
  message: string;
  nav: readonly NavCommand[];
  choices?: string[];
  labels?: string[];
  default?: string | readonly string[] | undefined;
  /** A text field whose default is put in the field to be edited. */
  editable?: boolean | undefined;
}

/** A prompter that answers from a script, as a person would, and records what it was asked. */
export class ScriptedPrompter implements Prompter {
  readonly asked: Asked_[] = [];
  readonly lines: string[] = [];
  readonly refusals: string[] = [];
  language = 'en';

  constructor(private readonly replies: Reply[]) {}

  get remaining(): number {
    return this.replies.length;
  }

  #next(prompt: Asked_): Reply {
    const reply = this.replies.shift();
    if (reply === undefined) throw new Error(`the script ran out at: ${prompt.message}`);
    if (typeof reply === 'object' && 'interrupt' in reply) throw new PromptInterrupted('interrupt');
    return reply;
  }

  #validated<T>(prompt: Asked_, validate: Validate<T> | undefined, parse: (reply: string | string[]) => T): Asked<T> {
    for (;;) {
      const reply = this.#next(prompt);
      if (typeof reply === 'object' && 'nav' in reply) {
        if (!prompt.nav.includes(reply.nav)) throw new Error(`"${reply.nav}" is not offered at: ${prompt.message}`);
        return { kind: 'nav', command: reply.nav };
      }
      if (typeof reply === 'object' && 'refused' in reply) {
        const verdict = validate?.(parse(reply.refused)) ?? true;
        if (verdict === true) throw new Error(`expected ${JSON.stringify(reply.refused)} to be refused at: ${prompt.message}`);
        this.refusals.push(verdict);
        continue;
      }
      if (Array.isArray(reply) || typeof reply === 'string') {
        const value = parse(reply);
        const verdict = validate?.(value) ?? true;
        if (verdict !== true) throw new Error(`${JSON.stringify(reply)} was refused at "${prompt.message}": ${verdict}`);
        return { kind: 'answer', value };
      }
    }
  }

  async select<T extends string>(prompt: SelectPrompt<T>): Promise<Asked<T>> {
    const record: Asked_ = {
      kind: 'select',
      header: prompt.header,
      message: prompt.message,
      nav: prompt.nav,
      choices: prompt.choices.map((c) => c.value),
      labels: prompt.choices.map((c) => c.label),
      default: prompt.default,
    };
    this.asked.push(record);
    // An empty reply takes the default, as Enter does.
    return this.#validated(record, undefined, (reply) => {
      const found = prompt.choices.find((c) => c.value === (reply === '' ? prompt.default : reply));
      if (!found) throw new Error(`"${String(reply)}" is not a choice at "${prompt.message}": ${record.choices?.join(', ')}`);
      return found.value;
    });
  }

  async checkbox<T extends string>(prompt: CheckboxPrompt<T>): Promise<Asked<T[]>> {
    const record: Asked_ = {
      kind: 'checkbox',
      header: prompt.header,
      message: prompt.message,
      nav: prompt.nav,
      choices: prompt.choices.map((c) => c.value),
      default: prompt.checked,
    };
    this.asked.push(record);
    return this.#validated(record, prompt.validate, (reply) =>
      (Array.isArray(reply) ? reply : [reply]).map((value) => {
        const found = prompt.choices.find((c) => c.value === value);
        if (!found) throw new Error(`"${value}" is not a choice at "${prompt.message}"`);
        return found.value;
      }),
    );
  }

  async search<T extends string>(prompt: SearchPrompt<T>): Promise<Asked<T>> {
    const record: Asked_ = { kind: 'search', header: prompt.header, message: prompt.message, nav: prompt.nav, default: prompt.default };
    this.asked.push(record);
    // A reply is a search term: the first match is chosen, as a person pressing Enter would. A term that
    // finds nothing is refused with the prompt's own sentence (`{ refused: term }`), and the search goes on.
    const found = (term: string): true | string =>
      prompt.search(term).length > 0 || (prompt.noResult ? prompt.noResult(term) : `nothing matches "${term}"`);
    const asked = this.#validated(record, found, (reply) => String(reply));
    if (asked.kind === 'nav') return asked;
    const first = prompt.search(asked.value)[0];
    if (!first) throw new Error(`nothing matches "${asked.value}"`);
    return { kind: 'answer', value: first.value };
  }

  async input(prompt: InputPrompt): Promise<Asked<string>> {
    const record: Asked_ = {
      kind: 'input',
      header: prompt.header,
      message: prompt.message,
      nav: prompt.nav,
      default: prompt.default,
      editable: prompt.editable,
    };
    this.asked.push(record);
    // An empty reply takes the default, as Enter does.
    return this.#validated(record, prompt.validate, (reply) => {
      const text = String(reply);
      return text === '' && prompt.default !== undefined ? prompt.default : text;
    });
  }

  write(text: string): void {
    this.lines.push(text);
  }

  setLanguage(language: string): void {
    this.language = language;
  }

  close(): void {}
}
