/**
 * Numbers with a fixed count of decimals, and the plural category of a count,
 * in the tool's own locales without asking ICU: creating the first
 * Intl.NumberFormat of a process loads ICU's locale data, ≈ 10 ms of a
 * `show` that takes ≈ 90 (and the first Intl.PluralRules a few more), for
 * what these few lines compute. The results are Intl's own, character for
 * character (test/i18n/fixed-number.test.ts compares them on many values);
 * any other locale, or a value these rules do not cover, goes to Intl.
 */

/** The separators ICU uses for the tool's locales (fr-FR groups with a narrow no-break space). */
const SEPARATORS: Readonly<Record<string, { group: string; decimal: string }>> = {
  'en-GB': { group: ',', decimal: '.' },
  'fr-FR': { group: '\u202f', decimal: ',' },
};

/** Adds one to the last digit of a string of decimal digits ("199" → "200", "99" → "100"). */
function incremented(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return '1' + chars.join('');
}

/**
 * `value` with exactly `places` decimals as Intl.NumberFormat(locale, { minimumFractionDigits:
 * places, maximumFractionDigits: places }) writes it, or undefined where Intl must be asked. Like
 * ICU, it rounds the shortest decimal that reads back as the number (1.005 → 1.01, where toFixed
 * gives 1.00), half away from zero, and keeps the sign of a negative number that rounds to zero.
 */
export function fixedNumber(value: number, locale: string, places: number): string | undefined {
  const separators = SEPARATORS[locale];
  if (!separators || !Number.isFinite(value) || !Number.isInteger(places) || places < 0 || places > 20) return undefined;
  const shortest = String(Math.abs(value));
  if (shortest.includes('e')) return undefined;
  const [whole = '0', fraction = ''] = shortest.split('.');
  let digits = whole + fraction.slice(0, places).padEnd(places, '0');
  if (fraction.length > places && fraction.charCodeAt(places) >= 0x35) digits = incremented(digits);
  const integer = digits.slice(0, digits.length - places);
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, separators.group);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return places === 0 ? sign + grouped : sign + grouped + separators.decimal + digits.slice(digits.length - places);
}

/**
 * "one" or "other" for a count in the tool's languages, as Intl.PluralRules says (a category the
 * catalogues do not write, such as French "many" for a million, is "other" to them), or undefined
 * for another language. English: 1 (or -1) is "one"; French: an integer part of 0 or 1.
 */
export function pluralOneOther(language: string, count: number): 'one' | 'other' | undefined {
  if (!Number.isFinite(count)) return undefined;
  if (language === 'en') return Math.abs(count) === 1 ? 'one' : 'other';
  if (language === 'fr') return Math.abs(count) < 2 ? 'one' : 'other';
  return undefined;
}
