import { pluralOneOther } from './fixed-number.js';

/**
 * Intl formatters made once per locale and options. Constructing one costs far
 * more than using it (tens of microseconds to milliseconds, ICU's data looked up
 * each time), and `show` formats dozens of percentages: one per section, pillar
 * and gap.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A number format of `locale` with exactly `places` decimals. */
export function cachedNumberFormat(locale: string, places: number): Intl.NumberFormat {
  const key = `${locale}/${places}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: places, maximumFractionDigits: places });
    numberFormats.set(key, format);
  }
  return format;
}

/** Use `pluralOf`: it does not create the rules for the tool's languages. */
function cachedPluralRules(language: string): Intl.PluralRules {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules;
}

/** The plural category of a count: from fixed-number.ts for the tool's languages, else from Intl.PluralRules. */
export function pluralOf(language: string, count: number): string {
  return pluralOneOther(language, count) ?? cachedPluralRules(language).select(count);
}
