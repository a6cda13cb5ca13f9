import { nameWithoutInstruction } from '../domain/option-name.js';
import { allowedAssistance } from '../domain/answers/check-answers.js';
import { isScored, resolveOptions } from '../domain/checklist-model.js';
import { answerScore, bestScore } from '../domain/scoring/question-score.js';
import type { Answer, AnswerValue } from '../domain/schemas/answers.js';
import type { Question } from '../domain/schemas/checklist.js';
import type { AskContext } from './ask-value.js';
import { optionLabel, texts } from './labels.js';
import type { Asked, NavCommand } from './prompter.js';
import { hasVisibleCharacter } from '../domain/visible-text.js';

/** Navigation in the prompts that complete an answer: "back" returns to the question itself. */
const FOLLOW_UP_NAV: readonly NavCommand[] = ['back', 'skip', 'jump', 'review', 'help', 'note', 'quit'];

/**
 * Help and notes are dealt with where they are asked for, then the prompt is
 * asked again; the handler says 'quit' when "save and quit" was chosen meanwhile.
 */
export type InlineNav = (command: 'help' | 'note') => Promise<'again' | 'quit'>;

export async function repeatOnInlineNav<T>(inline: InlineNav, ask: () => Promise<Asked<T>>): Promise<Asked<T>> {
  for (;;) {
    const asked = await ask();
    if (asked.kind !== 'nav' || (asked.command !== 'help' && asked.command !== 'note')) return asked;
    if ((await inline(asked.command)) === 'quit') return { kind: 'nav', command: 'quit' };
  }
}

type FollowUp = { kind: 'done'; answer: Answer } | { kind: 'nav'; command: NavCommand };

const RESERVED = new Set(['dont-know', 'not-applicable']);

/**
 * Evidence documents what implements a provision: worth asking only when the
 * answer says something is in place (a positive score) or is informational.
 * Asking after "no" or "don't know" would cost the official a keystroke for nothing.
 */
function wantsEvidence(question: Question, value: AnswerValue): boolean {
  if (question.evidence === undefined || value === null || (typeof value === 'string' && RESERVED.has(value))) return false;
  return !isScored(question) || answerScore(question, value) > 0;
}

/** Assistance needs matter where there is a gap: "don't know", a score below the best, or an unscored question that asks. */
function wantsAssistance(question: Question, value: AnswerValue): boolean {
  if (question.assistance === undefined || value === null || value === 'not-applicable') return false;
  if (value === 'dont-know' || !isScored(question)) return true;
  return answerScore(question, value) < bestScore(question);
}

/**
 * Completes an answer once its value is chosen: the text an option asks for,
 * the justification of "not applicable", evidence and assistance needs where
 * the checklist asks for them. Defaults come from the answer given so far,
 * else from the previous report. "Skip" leaves an optional field empty.
 */
export async function askFollowUps(
  question: Question,
  value: AnswerValue,
  previous: Answer,
  ui: AskContext,
  inline: InlineNav,
  /** Saves the answer as it stands once it is complete, and again after each further follow-up. */
  progress: (answer: Answer) => Promise<void> = async () => undefined,
): Promise<FollowUp> {
  const answer: Answer = { value };
  const text = texts(ui.checklist, ui.language);
  const field = (message: string, preset: string | undefined, required: boolean): Promise<Asked<string>> =>
    repeatOnInlineNav(inline, () =>
      ui.prompter.input({
        message,
        nav: FOLLOW_UP_NAV,
        default: preset,
        editable: true,
        validate: (typed) => (required && !hasVisibleCharacter(typed) ? ui.t('invalid.required') : true),
      }),
    );

  const codes = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  for (const option of resolveOptions(question).filter((o) => o.withText && codes.includes(o.code))) {
    const label = optionLabel(ui.checklist, option.code, option.declared?.label, ui.language);
    const asked = await field(
      ui.t('followup.option-text', { option: nameWithoutInstruction(label) }),
      previous.optionText?.[option.code],
      true,
    );
    if (asked.kind === 'nav') return asked;
    answer.optionText = { ...answer.optionText, [option.code]: asked.value.trim() };
  }
  if (value === 'not-applicable') {
    const asked = await field(ui.t('followup.justification'), previous.justification, true);
    if (asked.kind === 'nav') return asked;
    answer.justification = asked.value.trim();
  }
  // Complete from here on (its text and justification given): saved before the next prompt, and after each.
  const needsFollowUp = value === 'not-applicable' || answer.optionText !== undefined;
  if (needsFollowUp) await progress(answer);
  if (wantsEvidence(question, value)) {
    const prompt = question.evidence === true ? ui.t('followup.evidence') : text(question.evidence);
    const asked = await field(`${prompt}\n${ui.t('followup.optional')}`, previous.evidence, false);
    if (asked.kind === 'nav' && asked.command !== 'skip') return asked;
    if (asked.kind === 'answer' && asked.value.trim() !== '') {
      answer.evidence = asked.value.trim();
      await progress(answer);
    }
  }
  const categories = allowedAssistance(ui.checklist, question);
  if (categories.length > 0 && wantsAssistance(question, value)) {
    const titles = new Map((ui.checklist.assistanceCategories ?? []).map((c) => [c.id, text(c.title)]));
    const asked = await repeatOnInlineNav(inline, () =>
      ui.prompter.checkbox({
        message: ui.t('followup.assistance'),
        nav: FOLLOW_UP_NAV,
        choices: categories.map((id) => ({ value: id, label: titles.get(id) ?? id })),
        checked: (previous.assistance ?? []).filter((id) => categories.includes(id)),
      }),
    );
    if (asked.kind === 'nav' && asked.command !== 'skip') return asked;
    if (asked.kind === 'answer' && asked.value.length > 0) answer.assistance = asked.value;
  }
  return { kind: 'done', answer };
}
