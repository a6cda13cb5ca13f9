import { section } from '../i18n/messages/index.js';
import { pluralCategory, translator } from '../i18n/translate.js';

/** The words of the summary (score, show): the catalogues' `summary` section. */
export const SUMMARY_MESSAGES = section('summary');

/** "INCOMPLETE: 3 questions unanswered — …", with the plural of the language. */
export function incompleteLine(missing: number, language: string): string {
  return translator(SUMMARY_MESSAGES, language)(`incomplete.${pluralCategory(missing, language)}`, { count: missing });
}
