import { phrase } from '../../diagnostic.js';
import { RESERVED_CODES } from '../../schemas/constants.js';
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
        context.report(
          'duplicate-option-code',
          at('options', i, 'code'),
          phrase('duplicate-option-code', { code: option.code, question: q.id }),
        );
      }
      seen.add(option.code);
      if (RESERVED.has(option.code)) {
        context.report('reserved-option-code', at('options', i, 'code'), phrase('reserved-option-code', { code: option.code }));
      }
    });

    if ((q.type === 'single' || q.type === 'multiple') && options.length === 0) {
      context.report('options-required', at('type'), phrase('options-required', { type: q.type }));
    }
    if (!isScorableType(q.type) && q.options) {
      context.report('options-not-allowed', at('options'), phrase('options-not-allowed', { type: q.type }));
    }
    const builtin = BUILTIN_CODES[q.type];
    if (builtin) {
      options.forEach((option, i) => {
        if (!builtin.includes(option.code)) {
          context.report(
            'unknown-builtin-option',
            at('options', i, 'code'),
            phrase('unknown-builtin-option', { type: q.type, codes: builtin.join(', '), code: option.code }),
          );
        }
      });
    }

    const weight = questionWeight(q);
    if (weight < 0) context.report('negative-weight', at('weight'), phrase('negative-weight', { weight: String(weight) }));
    if (!isScorableType(q.type) && weight > 0 && q.weight !== undefined) {
      context.report('unscorable-weight', at('weight'), phrase('unscorable-weight', { type: q.type }));
    }

    if (isScored(q) && (q.type === 'single' || q.type === 'multiple')) {
      options.forEach((option, i) => {
        if (option.score === undefined) {
          context.report('option-score-missing', at('options', i), phrase('option-score-missing', { code: option.code, question: q.id }));
        }
      });
    }
    if (isScored(q)) {
      const scores = resolveOptions(q)
        .map((o) => o.score)
        .filter((s) => s !== undefined);
      if (scores.length > 1 && scores.every((s) => s === scores[0])) {
        context.report('options-same-score', at('options'), phrase('options-same-score', { question: q.id, score: String(scores[0]) }));
      }
    }

    if (q.aggregate !== undefined && q.type !== 'multiple') {
      context.report('field-not-applicable', at('aggregate'), phrase('field-not-applicable.aggregate'));
    }
    for (const field of ['unit', 'min', 'max', 'integer'] as const) {
      if (q[field] !== undefined && q.type !== 'number') {
        context.report('field-not-applicable', at(field), phrase('field-not-applicable.number', { field }));
      }
    }
    if (q.notApplicableFor !== undefined && q.allowNotApplicable !== true) {
      context.report('field-not-applicable', at('notApplicableFor'), phrase('field-not-applicable.not-applicable-for'));
    }
    if (q.whenHidden !== undefined && (q.when === undefined || !isScored(q))) {
      context.report(
        'field-not-applicable',
        at('whenHidden'),
        phrase(q.when === undefined ? 'field-not-applicable.when-hidden-unconditional' : 'field-not-applicable.when-hidden-unscored', {
          question: q.id,
        }),
      );
    }
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
      context.report('invalid-bounds', at('min'), phrase('invalid-bounds', { min: String(q.min), max: String(q.max) }));
    }
  }
}
