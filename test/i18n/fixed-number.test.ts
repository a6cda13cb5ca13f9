import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedNumber, pluralOneOther } from '../../src/i18n/fixed-number.js';
import { formatDecimal, formatPercent } from '../../src/i18n/numbers.js';

const LOCALES = ['en-GB', 'fr-FR'] as const;

const intlFixed = (value: number, locale: string, places: number): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: places, maximumFractionDigits: places }).format(value);

/** Values where a hand-written formatter goes wrong: halves, binary noise, groups, signs. */
const EDGES = [
  0,
  -0,
  1,
  -1,
  0.5,
  1.005,
  2.675,
  0.125,
  0.29 * 100,
  74.96,
  99.995,
  999.995,
  1234.5,
  -1234.5,
  1e6,
  12_345_678.9,
  -0.001,
  -0.005,
  1e20,
  123_456_789_012_345.67,
  0.000001,
  9.995,
  0.045,
];

describe('fixedNumber', () => {
  it('writes what Intl.NumberFormat writes, character for character, in the tool locales', () => {
    for (const locale of LOCALES) {
      for (const value of EDGES) {
        for (const places of [0, 1, 2, 3, 4])
          expect(fixedNumber(value, locale, places), `${locale} ${value} ${places}`).toBe(intlFixed(value, locale, places));
      }
    }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e15, max: 1e15, noNaN: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
        ),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...LOCALES),
        (value, places, locale) => {
          const written = fixedNumber(value, locale, places);
          if (written !== undefined) expect(written).toBe(intlFixed(value, locale, places));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('leaves to Intl what it does not write: other locales, non-finite values, exponents', () => {
    expect(fixedNumber(1.5, 'de-DE', 1)).toBeUndefined();
    expect(fixedNumber(Number.NaN, 'en-GB', 1)).toBeUndefined();
    expect(fixedNumber(Number.POSITIVE_INFINITY, 'fr-FR', 1)).toBeUndefined();
    expect(fixedNumber(1e-7, 'en-GB', 2)).toBeUndefined();
    expect(fixedNumber(1e21, 'en-GB', 0)).toBeUndefined();
  });

  it('is what formatDecimal and formatPercent print', () => {
    expect(formatDecimal(1234.5, 'fr', 2)).toBe('1\u202f234,50');
    expect(formatDecimal(1.005, 'en', 2)).toBe('1.01');
    expect(formatPercent(0.7496, 'fr')).toBe('74,9\u00a0%');
    expect(formatPercent(0.4272, 'en', 2)).toBe('42.72%');
  });
});

describe('pluralOneOther', () => {
  it('gives the category Intl.PluralRules gives ("other" for any category but "one")', () => {
    for (const language of ['en', 'fr'] as const) {
      const rules = new Intl.PluralRules(language);
      const counts = [0, 1, 2, -1, -2, 0.5, 1.5, 1.99, 2.5, 1000, 1e6, 2e6, ...Array.from({ length: 300 }, (_, i) => i / 4)];
      for (const count of counts) {
        expect(pluralOneOther(language, count), `${language} ${count}`).toBe(rules.select(count) === 'one' ? 'one' : 'other');
      }
    }
  });

  it('leaves other languages to Intl', () => {
    expect(pluralOneOther('ar', 2)).toBeUndefined();
  });
});
