import type { LocalizedText } from './schemas/common.js';

/**
 * The text in `language`, falling back to the document's default language,
 * then to any text there is. A plain string is in the default language.
 */
export function localize(text: LocalizedText | undefined, language: string, defaultLanguage: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[language] ?? text[defaultLanguage] ?? Object.values(text)[0] ?? '';
}

/** Languages a localized text is given in (a plain string is in the default language). */
export function languagesOf(text: LocalizedText, defaultLanguage: string): string[] {
  return typeof text === 'string' ? [defaultLanguage] : Object.keys(text);
}
