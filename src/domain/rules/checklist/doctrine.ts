import { phrase } from '../../diagnostic.js';
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
        phrase('question-level-below-sources', { question: q.id, level: q.level, sources: fromSources }),
      );
    }
    if (levels === undefined || !isScored(q)) continue;
    const level = q.level ?? fromSources;
    if (level === undefined) {
      context.report('question-level-unknown', questionPointer(located, 'id'), phrase('question-level-unknown', { question: q.id }));
      continue;
    }
    const expected = doctrineWeight(levels, level);
    const weight = questionWeight(q);
    if (weight !== expected && q.weightReason === undefined) {
      context.report(
        'weight-contradicts-doctrine',
        questionPointer(located, q.weight === undefined ? 'id' : 'weight'),
        phrase('weight-contradicts-doctrine', { question: q.id, weight: String(weight), expected: String(expected), level }),
      );
    }
  }
}
