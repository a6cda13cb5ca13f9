import { cachedNumberFormat } from './intl-cache.js';
import { fixedNumber } from './fixed-number.js';
import { intlLocale, localeOf } from './locale.js';

/** "0,75" in French, "0.75" in English; percentages as "75 %" / "75%". */
export function formatDecimal(value: number, language: string, digits = 2): string {
  return fixed(value, intlLocale(language), digits);
}

/** Intl's writing of a number with `places` decimals, without creating a formatter where fixed-number.ts knows it. */
function fixed(value: number, locale: string, places: number): string {
  return fixedNumber(value, locale, places) ?? cachedNumberFormat(locale, places).format(value);
}

/**
 * A fraction as a percentage with `digits` decimals (0 to 2), truncated toward
 * zero, never rounded up: a score below a band boundary always prints below it
 * (0.7496 is 74.9 %, never 75 %). Goes through integer ten-thousandths, the
 * precision scores are stored at, so that binary noise (0.29 × 100 =
 * 28.999…) never costs a digit.
 */
export function formatPercent(value: number, language: string, digits = 1): string {
  const places = Math.min(2, Math.max(0, Math.trunc(digits)));
  const units = Math.trunc(Math.round(value * 10_000) / 10 ** (2 - places));
  const n = fixed(units / 10 ** places, intlLocale(language), places);
  // As the language writes it: French typography puts a space before %.
  return localeOf(language).percent.replace('{n}', n);
}
