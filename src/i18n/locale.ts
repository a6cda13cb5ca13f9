import { CATALOGUES, type Catalogue } from './messages/index.js';
import { toolLanguage } from './translate.js';

/**
 * How a language writes numbers, dates, lists and citations: its Intl locale
 * tag and the marks around them, from its catalogue (a language the tool does
 * not speak is written as English). The one place an output asks, so that a
 * new language never falls back to English formats without a word.
 */
export function localeOf(language: string | undefined): Catalogue['locale'] {
  return CATALOGUES[toolLanguage(language)].locale;
}

/** The Intl locale tag of a language: "fr-FR" for French, "en-GB" for English. */
export function intlLocale(language: string | undefined): string {
  return localeOf(language).intl;
}
