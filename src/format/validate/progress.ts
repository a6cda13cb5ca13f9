import { phrase } from '../../domain/diagnostic.js';
import { writeText } from '../../i18n/write-text.js';

/** `validating ██████░░░░░░░░ 4,500 / 10,000 files` — one line, redrawn in place, in a language. */
export function progressLine(done: number, total: number, barWidth = 24, language = 'en'): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const full = Math.round(ratio * barWidth);
  const n = (x: number): string => x.toLocaleString(language === 'en' ? 'en-US' : language);
  const bar = `${'█'.repeat(full)}${'░'.repeat(barWidth - full)}`;
  return writeText(phrase('validate.progress', { bar, done: n(done), count: total, total: n(total) }), language);
}
