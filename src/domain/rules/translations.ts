import type { LocalizedText } from '../schemas/common.js';
import { languagesOf } from '../localize.js';
import { phrase, type Phrase } from '../diagnostic.js';
import type { RuleCode } from './codes.js';
import type { LocalizedField } from './localized-fields.js';

type Report = (code: RuleCode, pointer: string, message: Phrase) => void;

/** One finding per field and missing language; a text in an undeclared language is a warning. */
export function checkTranslations(
  fields: readonly LocalizedField[],
  languages: readonly string[],
  report: Report,
  missingCode: RuleCode = 'missing-translation',
): void {
  const defaultLanguage = languages[0] ?? 'en';
  const declared = new Set(languages);
  for (const field of fields) {
    const given = languagesOf(field.text, defaultLanguage);
    for (const language of languages) {
      if (!given.includes(language)) {
        report(missingCode, field.pointer, phrase('missing-translation', { field: field.label, language }));
      }
    }
    for (const language of given) {
      if (!declared.has(language)) {
        report(
          'undeclared-language',
          typeof field.text === 'string' ? field.pointer : `${field.pointer}/${language}`,
          phrase('undeclared-language', { field: field.label, language }),
        );
      }
    }
  }
}

export function hasLanguage(text: LocalizedText | undefined, language: string, defaultLanguage: string): boolean {
  return text !== undefined && languagesOf(text, defaultLanguage).includes(language);
}
