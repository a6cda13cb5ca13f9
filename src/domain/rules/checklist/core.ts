import { phrase, toPointer } from '../../diagnostic.js';
import { isScored, questionIndex, resolveOptions } from '../../checklist-model.js';
import type { ChecklistRuleContext } from '../context.js';

/** The history names questions the checklist has: an answer carried over must find its question. */
export function historyRules(context: ChecklistRuleContext): void {
  const byId = questionIndex(context.document);
  (context.document.history ?? []).forEach((entry, i) => {
    entry.meaningChanged.forEach((id, j) => {
      if (!byId.has(id)) {
        context.report(
          'history-unknown-question',
          toPointer(['history', i, 'meaningChanged', j]),
          phrase('history-unknown-question', { id }),
        );
      }
    });
  });
}

/** Core obligations name scored questions and their options, and the cap names a declared band. */
export function coreRules(context: ChecklistRuleContext): void {
  const core = context.document.scoring.core;
  if (core === undefined) return;
  const byId = questionIndex(context.document);
  if (!context.document.scoring.bands.some((b) => b.id === core.cap)) {
    const ids = context.document.scoring.bands.map((b) => b.id).join(', ');
    context.report('core-cap-unknown-band', toPointer(['scoring', 'core', 'cap']), phrase('core-cap-unknown-band', { cap: core.cap, ids }));
  }
  core.obligations.forEach((obligation, i) => {
    const question = byId.get(obligation.question)?.question;
    if (!question || !isScored(question)) {
      context.report(
        'core-unknown-question',
        toPointer(['scoring', 'core', 'obligations', i, 'question']),
        phrase(question ? 'core-unknown-question.not-scored' : 'core-unknown-question', { question: obligation.question }),
      );
      return;
    }
    const codes = resolveOptions(question).map((o) => o.code);
    (obligation.met ?? []).forEach((code, j) => {
      if (!codes.includes(code)) {
        context.report(
          'core-unknown-option',
          toPointer(['scoring', 'core', 'obligations', i, 'met', j]),
          phrase('core-unknown-option', { question: question.id, code, codes: codes.join(', ') }),
        );
      }
    });
  });
}
