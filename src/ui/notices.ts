import type { Checklist } from '../domain/schemas/checklist.js';
import type { CarriedOver } from '../domain/walk/resume.js';
import { questionLabel } from '../domain/walk/step.js';
import type { Translate } from '../i18n/translate.js';
import type { MessageKey } from './messages.js';

/**
 * Questions named as the screen and the report number them ("2.6"); a question
 * the checklist no longer has keeps its id, the only name it still has.
 */
export function questionList(checklist: Checklist, ids: readonly string[]): string {
  return ids.map((id) => questionLabel(checklist, id) ?? `« ${id} »`.replace(/ /g, '\u00a0')).join(', ');
}

/** What changed in the checklist since the draft was saved, said once when resuming. */
export function carryOverNotices(carried: Omit<CarriedOver, 'state'>, t: Translate<MessageKey>, checklist: Checklist): string[] {
  const lines: string[] = [];
  const list = (ids: readonly string[]): string => questionList(checklist, ids);
  // The official is told the version moved, even when nothing of theirs is to confirm (meaning-changed says it otherwise).
  if (carried.fromVersion !== undefined && carried.meaningChanged.length === 0) {
    lines.push(t('resume.version', { from: carried.fromVersion, to: checklist.version }));
  }
  if (carried.newQuestions.length > 0)
    lines.push(t('resume.new', { count: carried.newQuestions.length, list: list(carried.newQuestions) }));
  if (carried.goneQuestions.length > 0)
    lines.push(t('resume.gone', { count: carried.goneQuestions.length, list: list(carried.goneQuestions) }));
  if (carried.droppedAnswers.length > 0) lines.push(t('resume.dropped', { count: carried.droppedAnswers.length }));
  if (carried.changedAnswers.length > 0)
    lines.push(t('resume.changed', { count: carried.changedAnswers.length, list: list(carried.changedAnswers) }));
  if (carried.meaningChanged.length > 0 && carried.fromVersion !== undefined) {
    lines.push(
      t('meaning-changed', {
        count: carried.meaningChanged.length,
        from: carried.fromVersion,
        to: checklist.version,
        list: list(carried.meaningChanged),
      }),
    );
  }
  return lines;
}
