import { isScored, listQuestions, questionWeight } from '../../checklist-model.js';
import { doctrineWeight, isWeaker, sourcesLevel } from '../../levels.js';
import type { ChecklistRuleContext } from '../context.js';
import { questionPointer } from '../pointers.js';

/**
 * Weights follow a stated doctrine: a question's level is the strongest level
 * of the provisions it cites (or the one it states, with a reason, when it asks
 * only a softer part), and its weight is the doctrine's weight for that level
 * unless a weightReason says why not. Without a doctrine (scoring.levels),
 * only a stated level is checked against the sources.
 */
export function doctrineRules(context: ChecklistRuleContext): void {
  const checklist = context.document;
  const levels = checklist.scoring.levels;
  for (const located of listQuestions(checklist)) {
    const q = located.question;
    const fromSources = sourcesLevel(q, context.catalogues);
    if (q.level !== undefined && fromSources !== undefined && isWeaker(q.level, fromSources) && q.levelReason === undefined) {
      context.report(
        'question-level-below-sources',
        questionPointer(located, 'level'),
        `question "${q.id}" states level ${q.level}, below the ${fromSources} level of the provisions it cites — add a levelReason saying which softer part it asks, or remove level`,
      );
    }
    if (levels === undefined || !isScored(q)) continue;
    const level = q.level ?? fromSources;
    if (level === undefined) {
      context.report(
        'question-level-unknown',
        questionPointer(located, 'id'),
        `question "${q.id}" cites no provision with a level of obligation, so the doctrine cannot weigh it — cite the provision it implements, or state its level`,
      );
      continue;
    }
    const expected = doctrineWeight(levels, level);
    const weight = questionWeight(q);
    if (weight !== expected && q.weightReason === undefined) {
      context.report(
        'weight-contradicts-doctrine',
        questionPointer(located, q.weight === undefined ? 'id' : 'weight'),
        `question "${q.id}" weighs ${weight}, but the doctrine gives ${expected} to a ${level} question — set weight: ${expected}, or add a weightReason`,
      );
    }
  }
}
