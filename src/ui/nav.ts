import { section, type ToolLanguage } from '../i18n/messages/index.js';
import { toolLanguage, type Translate } from '../i18n/translate.js';
import type { MessageKey } from './messages.js';
import { NAV_COMMANDS, type NavCommand } from './prompter.js';

/**
 * Commands typed at every prompt, lists included: they live apart from the
 * answers, so that a list holds only answers. Each
 * language shows its own; both sets are accepted, and they never clash, so a
 * habit formed in one language still works in the other.
 */
const KEYS: Readonly<Record<ToolLanguage, Record<NavCommand, string>>> = section('nav');
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

const SHORT: Record<NavCommand, MessageKey> = {
  back: 'cmd.back',
  skip: 'cmd.skip',
  jump: 'cmd.jump',
  review: 'cmd.review',
  help: 'cmd.help',
  note: 'cmd.note',
  quit: 'cmd.quit',
};

/** "Commands: :b previous question · :s skip · …", for the header of text fields. */
export function commandLine(commands: readonly NavCommand[], t: Translate<MessageKey>, language: string): string {
  const items = commands.map((command) => `${navKey(command, language)} ${t(SHORT[command])}`);
  return `${t('nav.commands')} ${items.join(' · ')}`;
}

/** What a typed command does here: the command, or why it is refused (not a command, or not offered here). */
export function resolveCommand(
  typed: string,
  offered: readonly NavCommand[],
  t: Translate<MessageKey>,
): { ok: NavCommand } | { refused: string } {
  const command = parseNavCommand(typed);
  if (command === undefined) return { refused: t('nav.unknown', { typed: typed.trim() }) };
  return offered.includes(command) ? { ok: command } : { refused: t('nav.unavailable') };
}
