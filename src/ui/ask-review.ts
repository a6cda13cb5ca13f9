import type { WalkEvent } from '../domain/walk/state.js';
import type { ReviewStep } from '../domain/walk/step.js';
import { sectionLine } from './ask-section.js';
import type { AskContext } from './ask-value.js';

export type ReviewOutcome = { kind: 'event'; event: WalkEvent } | { kind: 'quit' };

// Section ids start with a letter or digit, so these never clash with one.
const REMAINING = ':remaining';
const FINISH = ':finish';

/**
 * The review screen: every section with its answered and remaining counts, to
 * revisit any of them; the questions still to answer; finishing. Finishing
 * with questions unanswered asks for an explicit choice, never a y/n.
 */
export async function askReview(step: ReviewStep, ui: AskContext): Promise<ReviewOutcome> {
  for (;;) {
    const header = [
      ui.t('review.title'),
      ui.t('review.progress', { answered: step.progress.answered, applicable: step.progress.applicable }),
      step.remaining > 0 ? ui.t('review.incomplete', { count: step.remaining }) : ui.t('review.complete'),
    ].join('\n');
    const choices = step.sections.filter((s) => s.applicable > 0).map((s) => ({ value: s.section.id, label: sectionLine(s, ui) }));
    if (step.remaining > 0) choices.push({ value: REMAINING, label: ui.t('review.answer-remaining', { count: step.remaining }) });
    choices.push({ value: FINISH, label: ui.t('review.finish') });
    const asked = await ui.prompter.select({
      header,
      message: ui.t('review.prompt'),
      nav: ['back', 'help', 'quit'],
      choices,
      default: step.remaining > 0 ? REMAINING : FINISH,
    });
    if (asked.kind === 'nav') {
      if (asked.command === 'help') {
        ui.prompter.write(ui.t('review.help'));
        continue;
      }
      if (asked.command === 'back') return { kind: 'event', event: { type: 'back' } };
      return { kind: 'quit' };
    }
    if (asked.value === REMAINING) return { kind: 'event', event: { type: 'remaining' } };
    if (asked.value !== FINISH) return { kind: 'event', event: { type: 'revisit', section: asked.value } };
    if (step.completeness.complete) return { kind: 'event', event: { type: 'finish' } };
    const confirm = await ui.prompter.select({
      message: ui.t('finish.confirm', { count: step.completeness.missing }),
      nav: ['quit'],
      choices: [
        { value: 'review', label: ui.t('finish.return') },
        { value: 'finish', label: ui.t('finish.incomplete', { count: step.completeness.missing }) },
      ],
      default: 'review',
    });
    if (confirm.kind === 'nav') return { kind: 'quit' };
    if (confirm.value === 'finish') return { kind: 'event', event: { type: 'finish' } };
  }
}
