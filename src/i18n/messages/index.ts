import { en, type Catalogue } from './en.js';
import { fr } from './fr.js';

/**
 * The registration of the tool's languages: one catalogue per language, each
 * typed to have every section and key of the English one. A new language is
 * its catalogue file and one entry here; everything else (TOOL_LANGUAGES, each
 * area's dictionary, the locale's formats) is derived from this table.
 */
const REGISTERED = { en, fr };

export type { Catalogue };

export type ToolLanguage = keyof typeof REGISTERED;
export const TOOL_LANGUAGES = Object.keys(REGISTERED) as readonly ToolLanguage[];
export const CATALOGUES: Readonly<Record<ToolLanguage, Catalogue>> = REGISTERED;

export type Section = keyof Catalogue;
export type SectionKey<S extends Section> = keyof Catalogue[S] & string;
/** The diagnostics' keys, which phrases name. */
export type MessageKey = SectionKey<'diagnostics'>;

/** One area's words in every language the tool speaks, as `translator` takes them. */
export function section<S extends Section>(name: S): Readonly<Record<ToolLanguage, Catalogue[S]>> {
  return Object.fromEntries(TOOL_LANGUAGES.map((language) => [language, CATALOGUES[language][name]])) as Record<ToolLanguage, Catalogue[S]>;
}
