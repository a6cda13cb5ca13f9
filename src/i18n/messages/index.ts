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

/**
 * Each language's catalogue, built the first time it is read: a catalogue is a thousand strings
 * whose building took longer than the rest of `assess` before its first prompt, and a command
 * speaks one language (English too only when a key is missing).
 */
export const CATALOGUES: Readonly<Record<ToolLanguage, Catalogue>> = builtWhenRead(REGISTERED);

function builtWhenRead(makers: Readonly<Record<ToolLanguage, () => Catalogue>>): Record<ToolLanguage, Catalogue> {
  const catalogues = {} as Record<ToolLanguage, Catalogue>;
  for (const language of TOOL_LANGUAGES) {
    let built: Catalogue | undefined;
    Object.defineProperty(catalogues, language, { enumerable: true, get: () => (built ??= makers[language]()) });
  }
  return catalogues;
}

/** A catalogue's maker, which may also give its `words` section alone (en.ts). */
type Maker = (() => Catalogue) & { words?: () => Catalogue['words'] };

/**
 * Each language's `words` section, built the first time it is read: alone where its catalogue
 * gives it apart, for what reads answers in every language without speaking them (i18n/tool-words.ts).
 */
export const WORDS: Readonly<Record<ToolLanguage, Catalogue['words']>> = wordsWhenRead(REGISTERED);

function wordsWhenRead(makers: Readonly<Record<ToolLanguage, Maker>>): Record<ToolLanguage, Catalogue['words']> {
  const words = {} as Record<ToolLanguage, Catalogue['words']>;
  for (const language of TOOL_LANGUAGES) {
    let built: Catalogue['words'] | undefined;
    const maker = makers[language];
    Object.defineProperty(words, language, { enumerable: true, get: () => (built ??= maker.words?.() ?? CATALOGUES[language].words) });
  }
  return words;
}

export type Section = keyof Catalogue;
export type SectionKey<S extends Section> = keyof Catalogue[S] & string;
/** The diagnostics' keys, which phrases name. */
export type MessageKey = SectionKey<'diagnostics'>;

/** One area's words in every language the tool speaks, as `translator` takes them (each read from its catalogue when asked for). */
export function section<S extends Section>(name: S): Readonly<Record<ToolLanguage, Catalogue[S]>> {
  const words = {} as Record<ToolLanguage, Catalogue[S]>;
  for (const language of TOOL_LANGUAGES)
    Object.defineProperty(words, language, { enumerable: true, get: () => CATALOGUES[language][name] });
  return words;
}
