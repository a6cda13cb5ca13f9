import { cachedNumberFormat } from './intl-cache.js';
import { toolLanguage } from './translate.js';

/** "0,75" in French, "0.75" in English; percentages as "75 %" / "75%". */
export function formatDecimal(value: number, language: string, digits = 2): string {
  return cachedNumberFormat(toolLanguage(language) === 'fr' ? 'fr-FR' : 'en-GB', digits).format(value);
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
  const n = cachedNumberFormat(toolLanguage(language) === 'fr' ? 'fr-FR' : 'en-GB', places).format(units / 10 ** places);
  // French typography puts a (narrow) space before %.
  return toolLanguage(language) === 'fr' ? `${n}\u00a0%` : `${n}%`;
}
