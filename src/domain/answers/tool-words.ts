/**
 * The tool's own words for the answers it knows in every checklist (yes,
 * partly, no, don't know, not applicable), in each language it speaks. They
 * are written in the catalogues (src/i18n/messages, section `words`), which
 * the domain does not read: the edges build a `ToolWords` (src/i18n/tool-words.ts)
 * and pass it down, so a new language is added by its catalogue alone.
 */

/** The codes every checklist may use without declaring them. */
export const BUILTIN_CODES = ['yes', 'partly', 'no', 'dont-know', 'not-applicable'] as const;
export type BuiltinCode = (typeof BUILTIN_CODES)[number];

export const isBuiltinCode = (code: string): code is BuiltinCode => (BUILTIN_CODES as readonly string[]).includes(code);

/** The codes a text, number or date field accepts besides a value. */
export type ReservedCode = 'dont-know' | 'not-applicable';

/** One language's words. */
export interface LanguageWords {
  /** Per built-in code, the words that mean it; the first is its label. */
  options: Readonly<Record<BuiltinCode, readonly string[]>>;
  /** Per reserved code, what people type for it in a field ("nsp", "s.o."). */
  reserved: Readonly<Record<ReservedCode, readonly string[]>>;
}

export interface ToolWords {
  /** The languages the tool speaks (base tags: "en", "fr"), the first being its fallback. */
  languages: readonly string[];
  byLanguage: Readonly<Record<string, LanguageWords>>;
}

/**
 * Codes accepted for "don't know" and "not applicable" whatever the file's
 * language: the codes themselves and their usual abbreviations, which forms
 * and spreadsheets write in every language. They belong to no catalogue, so
 * that a new language cannot drop them and no language can give them another
 * meaning.
 */
export const NEUTRAL_RESERVED: Readonly<Record<ReservedCode, readonly string[]>> = {
  'dont-know': ['dont-know', 'dk'],
  'not-applicable': ['not-applicable', 'na', 'n/a'],
};

/** The words of a language tag ("fr-CA" reads "fr"), if the tool speaks it. */
export function languageWords(words: ToolWords, language: string): LanguageWords | undefined {
  const base = language.toLowerCase().split('-')[0] ?? language;
  return Object.hasOwn(words.byLanguage, base) ? words.byLanguage[base] : undefined;
}
