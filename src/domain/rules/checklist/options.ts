import { RESERVED_CODES } from '../../schemas/checklist.js';
import { isScorableType, isScored, listQuestions, questionWeight, resolveOptions } from '../../checklist-model.js';
import type { ChecklistRuleContext } from '../context.js';
import { questionPointer } from '../pointers.js';

const RESERVED: ReadonlySet<string> = new Set(RESERVED_CODES);
const BUILTIN_CODES: Record<string, readonly string[]> = { 'yes-no': ['yes', 'no'], 'tri-state': ['yes', 'partly', 'no'] };

/** Options, weights and type-specific fields of every question. */
export function questionShape(context: ChecklistRuleContext): void {
  for (const located of listQuestions(context.document)) {
    const q = located.question;
    const at = (...rest: Array<string | number>) => questionPointer(located, ...rest);
    const options = q.options ?? [];

    const seen = new Set<string>();
    options.forEach((option, i) => {
      if (seen.has(option.code)) {
        context.report('duplicate-option-code', at('options', i, 'code'), `option code "${option.code}" appears twice in question "${q.id}" — codes must be unique`);
      }
      seen.add(option.code);
      if (RESERVED.has(option.code)) {
        context.report(
          'reserved-option-code',
          at('options', i, 'code'),
          `"${option.code}" is reserved for every question — use allowDontKnow / allowNotApplicable instead of an option`,
        );
      }
    });

    if ((q.type === 'single' || q.type === 'multiple') && options.length === 0) {
      context.report('options-required', at('type'), `a ${q.type} choice question needs options — add an "options" list`);
    }
    if (!isScorableType(q.type) && q.options) {
      context.report('options-not-allowed', at('options'), `a ${q.type} question has no options — remove "options"`);
    }
    const builtin = BUILTIN_CODES[q.type];
    if (builtin) {
      options.forEach((option, i) => {
        if (!builtin.includes(option.code)) {
          context.report(
            'unknown-builtin-option',
            at('options', i, 'code'),
            `a ${q.type} question has the codes ${builtin.join(', ')}; "${option.code}" is not one of them — use type "single" for other options`,
          );
        }
      });
    }

    const weight = questionWeight(q);
    if (weight < 0) context.report('negative-weight', at('weight'), `weight ${weight} is negative — use 0 for an informational question, or a positive weight`);
    if (!isScorableType(q.type) && weight > 0 && q.weight !== undefined) {
      context.report('unscorable-weight', at('weight'), `${q.type} questions are never scored — set weight: 0 or remove it`);
    }

    if (isScored(q) && (q.type === 'single' || q.type === 'multiple')) {
      options.forEach((option, i) => {
        if (option.score === undefined) {
          context.report('option-score-missing', at('options', i), `option "${option.code}" of scored question "${q.id}" has no score — add "score" between 0 and 1, or set the question's weight to 0`);
        }
      });
    }
    if (isScored(q)) {
      const scores = resolveOptions(q).map((o) => o.score).filter((s) => s !== undefined);
      if (scores.length > 1 && scores.every((s) => s === scores[0])) {
        context.report('options-same-score', at('options'), `every option of scored question "${q.id}" scores ${scores[0]}, so the answer cannot change the score — give the options different scores, or set weight: 0`);
      }
    }

    if (q.aggregate !== undefined && q.type !== 'multiple') {
      context.report('field-not-applicable', at('aggregate'), `"aggregate" applies only to multiple choice questions — remove it`);
    }
    for (const field of ['unit', 'min', 'max', 'integer'] as const) {
      if (q[field] !== undefined && q.type !== 'number') {
        context.report('field-not-applicable', at(field), `"${field}" applies only to number questions — remove it`);
      }
    }
    if (q.notApplicableFor !== undefined && q.allowNotApplicable !== true) {
      context.report('field-not-applicable', at('notApplicableFor'), `"notApplicableFor" applies only where allowNotApplicable is true — remove it, or allow "not applicable"`);
    }
    if (q.whenHidden !== undefined && (q.when === undefined || !isScored(q))) {
      const why = q.when === undefined ? 'has no condition' : 'is not scored';
      context.report('field-not-applicable', at('whenHidden'), `"whenHidden" applies only to scored questions with a condition, and "${q.id}" ${why} — remove it`);
    }
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
      context.report('invalid-bounds', at('min'), `min ${q.min} is above max ${q.max} — no answer could be valid`);
    }
  }
}
