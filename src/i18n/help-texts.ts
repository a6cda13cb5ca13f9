import type { HelpCatalogue } from './help/catalogue.js';
import { frHelp } from './help/fr.js';
import { toolLanguage } from './translate.js';
import type { ToolLanguage } from './messages/index.js';

export type { HelpCatalogue };

/**
 * The help of each language but English, whose help is the commands' own
 * texts. A language of the tool without an entry here gets the English help.
 */
const HELP: Readonly<Partial<Record<ToolLanguage, () => HelpCatalogue>>> = { fr: frHelp };

const built = new Map<ToolLanguage, HelpCatalogue | null>();

/** The help catalogue of a language (built once); null for English (the texts as the commands declare them). */
export function helpCatalogue(language: string | undefined): HelpCatalogue | null {
  const tool = toolLanguage(language);
  let catalogue = built.get(tool);
  if (catalogue === undefined) {
    catalogue = HELP[tool]?.() ?? null;
    built.set(tool, catalogue);
  }
  return catalogue;
}

/** A text as the catalogue writes it; as declared when it has none (English, or a text a test would report missing). */
export function helpTextIn(catalogue: HelpCatalogue | null, text: string): string {
  return catalogue?.texts[text] ?? text;
}

/** An argument's or a placeholder's name (`dir`, `patterns...`) in the catalogue's language. */
export function placeholderIn(catalogue: HelpCatalogue | null, name: string): string {
  if (!catalogue) return name;
  const dots = name.endsWith('...') ? '...' : '';
  const bare = dots ? name.slice(0, -dots.length) : name;
  return (catalogue.names[bare] ?? bare) + dots;
}

/** `<dir>`, `[draft]`, `<file|dir>`, `<patterns...>` in a term or a usage line. */
const PLACEHOLDER = /([<[])([^\]>]+)([\]>])/g;

/** An option's flags or a usage line with its placeholders in the catalogue's language (`--checklists <dossier>`). */
export function termIn(catalogue: HelpCatalogue | null, term: string): string {
  if (!catalogue) return term;
  return term.replace(
    PLACEHOLDER,
    (_whole, open: string, inner: string, close: string) =>
      open +
      inner
        .split('|')
        .map((name) => placeholderIn(catalogue, name))
        .join('|') +
      close,
  );
}
