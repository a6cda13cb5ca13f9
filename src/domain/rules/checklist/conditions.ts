import { phrase } from '../../diagnostic.js';
import type { Condition } from '../../schemas/condition.js';
import { listQuestions, questionIndex, resolveOptions, isScorableType } from '../../checklist-model.js';
import type { ChecklistRuleContext } from '../context.js';
import { questionPointer } from '../pointers.js';
import { isSatisfiable } from './satisfiable.js';

interface Leaf {
  condition: Condition;
  pointer: string;
}

/** Every leaf (equals / in / answered) of a condition, with its pointer. */
function leaves(condition: Condition, pointer: string): Leaf[] {
  if ('not' in condition) return leaves(condition.not, `${pointer}/not`);
  if ('all' in condition) return condition.all.flatMap((c, i) => leaves(c, `${pointer}/all/${i}`));
  if ('any' in condition) return condition.any.flatMap((c, i) => leaves(c, `${pointer}/any/${i}`));
  return [{ condition, pointer }];
}

export function conditionRules(context: ChecklistRuleContext): void {
  const byId = questionIndex(context.document);
  for (const located of listQuestions(context.document)) {
    const when = located.question.when;
    if (!when) continue;
    const whenPointer = questionPointer(located, 'when');
    let referencesOk = true;
    for (const leaf of leaves(when, whenPointer)) {
      const c = leaf.condition;
      const target = 'answered' in c ? c.answered : 'question' in c ? c.question : undefined;
      if (target === undefined) continue;
      const targetPointer = `${leaf.pointer}/${'answered' in c ? 'answered' : 'question'}`;
      const referenced = byId.get(target);
      if (!referenced) {
        referencesOk = false;
        context.report('condition-unknown-question', targetPointer, phrase('condition-unknown-question', { target }));
        continue;
      }
      if (referenced.order >= located.order) {
        referencesOk = false;
        const which = phrase(referenced.order === located.order ? 'words.question-itself' : 'words.later-question');
        context.report(
          'condition-forward-reference',
          targetPointer,
          phrase('condition-forward-reference', { question: located.question.id, which, target }),
        );
        continue;
      }
      if (!('question' in c) || !isScorableType(referenced.question.type)) continue;
      const codes = resolveOptions(referenced.question).map((o) => o.code);
      const compared =
        'equals' in c ? [{ v: c.equals, p: `${leaf.pointer}/equals` }] : c.in.map((v, i) => ({ v, p: `${leaf.pointer}/in/${i}` }));
      for (const { v, p } of compared) {
        if (!codes.includes(String(v))) {
          referencesOk = false;
          context.report(
            'condition-unknown-option',
            p,
            phrase('condition-unknown-option', { target, value: String(v), codes: codes.join(', ') }),
          );
        }
      }
    }
    if (referencesOk && isSatisfiable(when, byId) === false) {
      context.report('condition-unsatisfiable', whenPointer, phrase('condition-unsatisfiable', { question: located.question.id }));
    }
  }
}
