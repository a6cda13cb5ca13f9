import type { DiagnosticText } from '../../src/domain/diagnostic.js';
import { writeText } from '../../src/i18n/write-text.js';

/** A finding's message as the tool prints it in English, for tests that read its words. */
export function english(text: DiagnosticText | undefined): string {
  return text === undefined ? '' : writeText(text, 'en');
}
