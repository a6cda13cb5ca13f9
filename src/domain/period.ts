/**
 * A reporting period is a year or a range of years, written one way
 * everywhere ("2025", "2024-2025"), so that reports of the same period are
 * grouped together and a new cycle is told from the last one.
 */

// Hyphens, dashes (en, em, figure, minus) and the slash people write between two years, spaces around allowed.
const RANGE = /^(\d{4})\s*[-/\u2010-\u2015\u2212]\s*(\d{2}|\d{4})$/;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

const isYear = (year: number): boolean => year >= FIRST_YEAR && year <= LAST_YEAR;

/**
 * The canonical form of a period as people write it: "2025" → "2025";
 * "2024-2025", "2024/2025", "2024–2025", "2024 - 2025", "2024/25" → "2024-2025";
 * "2025-2025" → "2025". Undefined when it is not a year or a range of years
 * in order ("2025-2024", "first half of 2025", "25").
 */
export function parsePeriod(text: string): string | undefined {
  const typed = text.trim();
  if (/^\d{4}$/.test(typed)) return isYear(Number(typed)) ? typed : undefined;
  const range = RANGE.exec(typed);
  if (!range) return undefined;
  const start = Number(range[1]);
  const written = range[2] ?? '';
  // "2024/25": the end year in the same century as the start.
  const end = written.length === 2 ? Math.floor(start / 100) * 100 + Number(written) : Number(written);
  if (!isYear(start) || !isYear(end) || end < start) return undefined;
  return end === start ? String(start) : `${start}-${end}`;
}

/**
 * What two periods are compared by: the canonical form, or for a period
 * written freely before periods were checked (reports of selfassess 0.2 and
 * earlier), the text as written, trimmed.
 */
export function periodKey(text: string): string {
  return parsePeriod(text) ?? text.trim();
}

/** Whether two periods are the same period, however each was written ("2024/2025" and "2024-2025" are). */
export function samePeriod(a: string, b: string): boolean {
  return periodKey(a) === periodKey(b);
}
