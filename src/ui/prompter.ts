import type { Answer } from '../domain/schemas/answers.js';

/**
 * What the walk asks of a terminal, whatever draws it: the inquirer adapter
 * (arrows, colour) or the plain line-by-line one (screen readers, logs).
 * Navigation is part of every prompt as typed commands (":q"), named under
 * it, never among the choices: a list holds only answers.
 */
export const NAV_COMMANDS = ['back', 'skip', 'jump', 'review', 'help', 'note', 'quit'] as const;
export type NavCommand = (typeof NAV_COMMANDS)[number];

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** A line shown under the list when the choice is highlighted (e.g. an option's help). */
  hint?: string;
  /** Other words that name the choice where it is typed ("Partiellement", "nsp"); never shown. */
  aliases?: readonly string[];
}

export type Asked<T> = { kind: 'answer'; value: T } | { kind: 'nav'; command: NavCommand };

export interface PromptBase {
  /** Lines above the question: section, number, progress. */
  header?: string;
  message: string;
  /** Navigation offered here, in this order; "quit" (save and quit) is offered everywhere. */
  nav: readonly NavCommand[];
}

/** A validator returns true, or the message to show (in the user's language). */
export type Validate<T> = (value: T) => true | string;

export interface SelectPrompt<T extends string> extends PromptBase {
  choices: ReadonlyArray<Choice<T>>;
  /** Highlighted at the start: only a choice already made (a previous answer). Nothing is otherwise. */
  default?: T | undefined;
}

export interface CheckboxPrompt<T extends string> extends PromptBase {
  choices: ReadonlyArray<Choice<T>>;
  checked?: readonly T[] | undefined;
  validate?: Validate<T[]>;
}

export interface SearchPrompt<T extends string> extends PromptBase {
  search: (term: string) => ReadonlyArray<Choice<T>>;
  default?: T | undefined;
  /** What to say when a typed term finds nothing (a sentence, never a choice to pick); a general "no match" otherwise. */
  noResult?: ((term: string) => string) | undefined;
}

export interface InputPrompt extends PromptBase {
  default?: string | undefined;
  /** The default is put in the field to be edited (a note, evidence), not only kept or replaced. */
  editable?: boolean | undefined;
  validate?: Validate<string>;
}

export interface Prompter {
  select<T extends string>(prompt: SelectPrompt<T>): Promise<Asked<T>>;
  checkbox<T extends string>(prompt: CheckboxPrompt<T>): Promise<Asked<T[]>>;
  search<T extends string>(prompt: SearchPrompt<T>): Promise<Asked<T>>;
  input(prompt: InputPrompt): Promise<Asked<string>>;
  /** Prints information between prompts (help, notices, the answer just given). */
  write(text: string): void;
  /** The tool's words follow the language chosen at the first prompt. */
  setLanguage(language: string): void;
  close(): void;
}

/**
 * Ctrl-C, a closed terminal or the end of input while a prompt waits: the
 * caller saves the draft and exits 130. `reason` says which, to word the message.
 */
export class PromptInterrupted extends Error {
  /** What the official had typed for the current question, for the caller to save before leaving. */
  partial: Answer | undefined;

  constructor(readonly reason: 'interrupt' | 'hangup' | 'end-of-input') {
    super(`prompt interrupted (${reason})`);
    this.name = 'PromptInterrupted';
  }
}
