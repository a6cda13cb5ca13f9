import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import { helpCatalogue, helpTextIn, placeholderIn, termIn, type HelpCatalogue } from '../i18n/help-texts.js';
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
      return catalogue() ? wrapAtSpaces(text, width, this.minWidthToWrap ?? 40) : base.boxWrap.call(this, text, width);
    },
  };
}

/**
 * commander's wrapping (Help.boxWrap) at spaces and tabs only: its `\s`
 * also breaks at a no-break space, which would begin a line with « : ».
 * Help texts hold no terminal styles here (displayWidth is the length).
 */
function wrapAtSpaces(text: string, width: number, minWidth: number): string {
  if (width < minWidth) return text;
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const chunks = line.match(/[ \t]*[^ \t]+/g);
    if (chunks === null) {
      lines.push('');
      continue;
    }
    let current = chunks[0] ?? '';
    for (const chunk of chunks.slice(1)) {
      if (current.length + chunk.length <= width) current += chunk;
      else {
        lines.push(current);
        current = chunk.trimStart();
      }
    }
    lines.push(current);
  }
  return lines.join('\n');
}

/** A text added after a command's help (`addHelpText('after', …)`), in the session's language when it is written. */
export function helpNote(context: Pick<CliContext, 'language'>, english: string): () => string {
  return () => helpTextIn(helpCatalogue(context.language), english);
}
