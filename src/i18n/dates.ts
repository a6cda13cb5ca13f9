import { intlLocale } from './locale.js';

/**
 * A date as its author wrote it, in the words of a language ("1 mars 2026",
 * "1 March 2026"): the calendar day of the ISO text, not that day moved to
 * the reader's time zone ("2026-03-01T00:30:00+01:00" stays the 1st). A text
 * that is not an ISO date is returned as it is.
 */
export function formatDate(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(day.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}
