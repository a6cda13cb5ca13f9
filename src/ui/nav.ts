import { toolLanguage, type Translate } from '../i18n/translate.js';
import type { MessageKey } from './messages.js';
import { NAV_COMMANDS, type Choice, type NavCommand } from './prompter.js';

/**
 * Commands typed in text fields (and matched by typing in lists). Each
 * language shows its own; both sets are accepted, and they never clash, so a
 * habit formed in one language still works in the other.
 */
const KEYS: Record<'en' | 'fr', Record<NavCommand, string>> = {
  en: { back: ':b', skip: ':s', jump: ':j', help: ':h', note: ':n', quit: ':q' },
  fr: { back: ':r', skip: ':p', jump: ':a', help: ':?', note: ':n', quit: ':q' },
};
const EXTRA: Record<string, NavCommand> = { ':?': 'help' };

export function navKey(command: NavCommand, language: string): string {
  return KEYS[toolLanguage(language)][command];
}

/** The command a typed text stands for, if it is one (":B", " :q " included). */
export function parseNavCommand(text: string): NavCommand | undefined {
  const typed = text.trim().toLowerCase();
  if (EXTRA[typed]) return EXTRA[typed];
  for (const keys of Object.values(KEYS)) {
    const found = NAV_COMMANDS.find((command) => keys[command] === typed);
    if (found) return found;
  }
  return undefined;
}

const LABEL: Record<NavCommand, MessageKey> = {
  back: 'nav.back',
  skip: 'nav.skip',
  jump: 'nav.jump',
  help: 'nav.help',
  note: 'nav.note',
  quit: 'nav.quit',
};

/** Value of a navigation choice in a list: never a valid option code, which starts with a letter or digit. */
const NAV_VALUE_PREFIX = '\u0000nav:';

export function navChoices(commands: readonly NavCommand[], t: Translate<MessageKey>, language: string): Array<Choice<string>> {
  return commands.map((command) => ({ value: NAV_VALUE_PREFIX + command, label: `${navKey(command, language)}  ${t(LABEL[command])}` }));
}

export function navFromValue(value: string): NavCommand | undefined {
  if (!value.startsWith(NAV_VALUE_PREFIX)) return undefined;
  const name = value.slice(NAV_VALUE_PREFIX.length);
  return NAV_COMMANDS.find((c) => c === name);
}

const SHORT: Record<NavCommand, MessageKey> = {
  back: 'cmd.back',
  skip: 'cmd.skip',
  jump: 'cmd.jump',
  help: 'cmd.help',
  note: 'cmd.note',
  quit: 'cmd.quit',
};

/** "Commands: :b previous question · :s skip · …", for the header of text fields. */
export function commandLine(commands: readonly NavCommand[], t: Translate<MessageKey>, language: string): string {
  const items = commands.map((command) => `${navKey(command, language)} ${t(SHORT[command])}`);
  return `${t('nav.commands')} ${items.join(' · ')}`;
}
