import type { QuestionStep } from '../domain/walk/step.js';
import type { Checklist } from '../domain/schemas/checklist.js';
import type { Translate } from '../i18n/translate.js';
import { describeValue, texts } from './labels.js';
import type { MessageKey } from './messages.js';

/**
 * The lines above every question: where the official is (section, question
 * number as the report prints it, progress) and what is special about the question (optional, skipped
 * earlier, an answer from the previous report to confirm).
 */
export function questionHeader(step: QuestionStep, checklist: Checklist, language: string, t: Translate<MessageKey>): string {
  const text = texts(checklist, language);
  const lines = [
    t('header.section', { number: step.sectionNumber, count: step.sectionCount, title: text(step.section.title) }),
    // Numbered as the report numbers it, so that "2.6" on screen is "2.6" on paper.
    t('header.numbered', {
      label: step.label,
      answered: step.progress.answered,
      applicable: step.progress.applicable,
    }),
  ];
  const marks: string[] = [];
  if (step.optional) marks.push(t('header.optional'));
  if (step.skipped) marks.push(t('header.skipped'));
  if (marks.length > 0) lines.push(marks.join(' · '));
  if (step.pending && step.pending.value !== undefined && step.pending.value !== null) {
    lines.push(t('header.pending', { value: describeValue(checklist, step.question, step.pending.value, language, t) }));
  }
  return lines.join('\n');
}
