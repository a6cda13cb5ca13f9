import { toolLanguage } from './translate.js';

/** "0,75" in French, "0.75" in English; percentages as "75 %" / "75%". */
export function formatDecimal(value: number, language: string, digits = 2): string {
  return new Intl.NumberFormat(toolLanguage(language) === 'fr' ? 'fr-FR' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatPercent(value: number, language: string, digits = 0): string {
  const n = new Intl.NumberFormat(toolLanguage(language) === 'fr' ? 'fr-FR' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value * 100);
  // French typography puts a (narrow) space before %.
  return toolLanguage(language) === 'fr' ? `${n}\u00a0%` : `${n}%`;
}

/** Reads a number typed by a person: a decimal comma is accepted, spaces between thousands too. */
export function parseLocaleNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return undefined;
  return Number(cleaned);
}
