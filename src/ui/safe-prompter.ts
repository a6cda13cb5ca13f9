import { terminalSafe } from '../domain/visible-text.js';
import type { Choice, Prompter, PromptBase } from './prompter.js';

/**
 * The prompter with every text it is given to show made terminal-safe: a
 * checklist's question, option label or help, a party name or a note shown
 * as information cannot act on the terminal. Defaults are left as they are:
 * they are values, edited and given back.
 */
export function safePrompter(prompter: Prompter): Prompter {
  const base = <P extends PromptBase>(prompt: P): P => ({
    ...prompt,
    message: terminalSafe(prompt.message),
    ...(prompt.header === undefined ? {} : { header: terminalSafe(prompt.header) }),
  });
  const choice = <T extends string>(c: Choice<T>): Choice<T> => ({
    ...c,
    label: terminalSafe(c.label),
    ...(c.hint === undefined ? {} : { hint: terminalSafe(c.hint) }),
  });
  return {
    select: (prompt) => prompter.select({ ...base(prompt), choices: prompt.choices.map(choice) }),
    checkbox: (prompt) => prompter.checkbox({ ...base(prompt), choices: prompt.choices.map(choice) }),
    search: (prompt) => prompter.search({ ...base(prompt), search: (term) => prompt.search(term).map(choice) }),
    input: (prompt) => prompter.input(base(prompt)),
    write: (text) => prompter.write(terminalSafe(text)),
    setLanguage: (language) => prompter.setLanguage(language),
    close: () => prompter.close(),
  };
}
