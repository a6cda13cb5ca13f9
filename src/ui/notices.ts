import type { CarriedOver } from '../domain/walk/resume.js';
import { pluralCategory, type Translate } from '../i18n/translate.js';
import type { MessageKey } from './messages.js';

/** What changed in the checklist since the draft was saved, said once when resuming. */
export function carryOverNotices(carried: Omit<CarriedOver, 'state'>, t: Translate<MessageKey>, to?: string, language?: string): string[] {
  const lines: string[] = [];
  if (carried.newQuestions.length > 0) lines.push(t('resume.new', { count: carried.newQuestions.length, list: carried.newQuestions.join(', ') }));
  if (carried.goneQuestions.length > 0) lines.push(t('resume.gone', { count: carried.goneQuestions.length, list: carried.goneQuestions.join(', ') }));
  if (carried.droppedAnswers.length > 0) lines.push(t('resume.dropped', { count: carried.droppedAnswers.length }));
  if (carried.changedAnswers.length > 0) lines.push(t('resume.changed', { count: carried.changedAnswers.length, list: carried.changedAnswers.join(', ') }));
  if (carried.meaningChanged.length > 0 && carried.fromVersion !== undefined) {
    lines.push(t(`meaning-changed.${pluralCategory(carried.meaningChanged.length, language)}`, { count: carried.meaningChanged.length, from: carried.fromVersion, to: to ?? '', list: carried.meaningChanged.join(', ') }));
  }
  return lines;
}
