/**
 * The help of the commands (`--help`) in one language other than English.
 * English needs none: the texts the commands are declared with
 * (src/cli/register/) are the English help, and the keys of `texts`.
 */
export interface HelpCatalogue {
  /** commander's headings, and the notes it adds to an option: `{value}` its default, `{values}` its choices. */
  words: {
    usage: string;
    arguments: string;
    options: string;
    commands: string;
    default: string;
    choices: string;
    /** Between two notes of one option. */
    separator: string;
  };
  /** The placeholders of arguments and options (`<dir>`, `[draft]`), by their English name. */
  names: Readonly<Record<string, string>>;
  /** Every description and help text, by its English text. */
  texts: Readonly<Record<string, string>>;
}
