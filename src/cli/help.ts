import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import { helpCatalogue, helpTextIn, placeholderIn, termIn, type HelpCatalogue } from '../i18n/help-texts.js';
import { wrapAtSpaces } from '../format/wrap-at-spaces.js';
import type { CliContext } from './context.js';

const base = Help.prototype;

/** commander's headings, by the words of HelpCatalogue that replace them. */
const HEADINGS: Readonly<Record<string, keyof HelpCatalogue['words']>> = {
  'Usage:': 'usage',
  'Arguments:': 'arguments',
  'Options:': 'options',
  'Commands:': 'commands',
};

/** An option's or an argument's description with commander's notes (choices, default), in the catalogue's words. */
function describedIn(catalogue: HelpCatalogue, description: string, item: Option | Argument, showDefault: boolean): string {
  const notes: string[] = [];
  if (item.argChoices) notes.push(catalogue.words.choices.replace('{values}', item.argChoices.join(', ')));
  if (showDefault && item.defaultValue !== undefined) {
    const value =
      item.defaultValueDescription ?? (typeof item.defaultValue === 'string' ? item.defaultValue : JSON.stringify(item.defaultValue));
    notes.push(catalogue.words.default.replace('{value}', value));
  }
  const text = helpTextIn(catalogue, description);
  return notes.length === 0 ? text : `${text} (${notes.join(catalogue.words.separator)})`.trimStart();
}

/**
 * commander's help in the session's language (`--lang`, else the locale:
 * context.language when the help is written). In English, commander's own
 * help, from the texts the commands are declared with; in another language,
 * every heading, description, placeholder and note from its help catalogue
 * (i18n/help/), and lines wrapped at ordinary spaces only, never at the
 * no-break space French puts before « : ; ? ! ».
 */
export function localizedHelp(context: Pick<CliContext, 'language'>): HelpConfiguration {
  const catalogue = (): HelpCatalogue | null => helpCatalogue(context.language);
  return {
    styleTitle(title: string): string {
      const words = catalogue()?.words;
      const key = HEADINGS[title];
      return words && key ? words[key] : title;
    },
    commandUsage(cmd: Command): string {
      return termIn(catalogue(), base.commandUsage.call(this, cmd));
    },
    commandDescription(cmd: Command): string {
      return helpTextIn(catalogue(), cmd.description());
    },
    subcommandDescription(cmd: Command): string {
      return helpTextIn(catalogue(), cmd.summary() || cmd.description());
    },
    subcommandTerm(cmd: Command): string {
      return termIn(catalogue(), base.subcommandTerm.call(this, cmd));
    },
    optionTerm(option: Option): string {
      return termIn(catalogue(), option.flags);
    },
    argumentTerm(argument: Argument): string {
      return placeholderIn(catalogue(), argument.name());
    },
    optionDescription(option: Option): string {
      const words = catalogue();
      if (!words) return base.optionDescription.call(this, option);
      // As commander: a default is shown for an option that takes a value, or a boolean one set to true or false.
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      return describedIn(words, option.description, option, showDefault);
    },
    argumentDescription(argument: Argument): string {
      const words = catalogue();
      return words ? describedIn(words, argument.description, argument, true) : base.argumentDescription.call(this, argument);
    },
    boxWrap(text: string, width: number): string {
      // As commander: below its minimum width, no wrapping at all.
      if (!catalogue()) return base.boxWrap.call(this, text, width);
      return width < (this.minWidthToWrap ?? 40) ? text : wrapAtSpaces(text, width);
    },
  };
}

/** The texts after a help declared so far, in English: test/cli/help.test.ts checks each has its translations. */
const NOTES = new Set<string>();

export function declaredHelpNotes(): ReadonlySet<string> {
  return NOTES;
}

/** A text added after a command's help (`addHelpText('after', …)`), in the session's language when it is written. */
export function helpNote(context: Pick<CliContext, 'language'>, english: string): () => string {
  NOTES.add(english);
  return () => helpTextIn(helpCatalogue(context.language), english);
}
