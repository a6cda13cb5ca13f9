import { allowsDontKnow, allowsNotApplicable, resolveOptions } from '../domain/checklist-model.js';
import type { AnswerValue } from '../domain/schemas/answers.js';
import type { Catalogue } from '../domain/schemas/catalogue.js';
import type { Checklist, Question, RespondentType } from '../domain/schemas/checklist.js';
import type { QuestionStep } from '../domain/walk/step.js';
import { localeOf } from '../i18n/locale.js';
import type { Translate } from '../i18n/translate.js';
import { questionHeader } from './header.js';
import { answerChoices, texts } from './labels.js';
import type { MessageKey } from './messages.js';
import { navKey } from './nav.js';
import type { Asked, NavCommand, Prompter } from './prompter.js';
import { parseDateAnswer, parseNumberAnswer, reservedWord, type Parsed } from './typed-values.js';

export interface AskContext {
  prompter: Prompter;
  t: Translate<MessageKey>;
  language: string;
  checklist: Checklist;
  /** Who answers, once known: "not applicable" may be restricted to some kinds of respondent. */
  respondent?: RespondentType;
  /** The instrument catalogues, for the level of obligation in help. */
  catalogues?: ReadonlyMap<string, Catalogue>;
}

/** Navigation at a question's main prompt: the same set, in the same order, at every question. */
export const QUESTION_NAV: readonly NavCommand[] = ['back', 'skip', 'jump', 'review', 'help', 'note', 'quit'];

/** A value given, and how the official typed it when it was typed (a date stays as typed on screen: 27/10/2003). */
export interface Given {
  value: AnswerValue;
  shown?: string;
}

const RESERVED = new Set(['dont-know', 'not-applicable']);

/**
 * Asks for the value of a question with the prompt that fits its type. The
 * default is the value given so far, else the previous report's. An empty
 * answer to an optional field comes back as null: the caller skips it.
 */
export async function askValue(step: QuestionStep, ui: AskContext): Promise<Asked<Given>> {
  const { question } = step;
  const header = questionHeader(step, ui.checklist, ui.language, ui.t);
  const message = texts(ui.checklist, ui.language)(question.text);
  const previous = step.current?.value ?? step.pending?.value ?? undefined;
  const base = { header, message, nav: QUESTION_NAV };
  switch (question.type) {
    case 'yes-no':
    case 'tri-state':
    case 'single': {
      const choices = answerChoices(ui.checklist, question, ui.language, ui.t, ui.respondent);
      // Only a choice already made is highlighted; otherwise nothing is, and Enter alone answers nothing.
      const fallback = typeof previous === 'string' && choices.some((c) => c.value === previous) ? previous : undefined;
      const asked = await ui.prompter.select({ ...base, choices, default: fallback });
      return asked.kind === 'nav' ? asked : { kind: 'answer', value: { value: asked.value } };
    }
    case 'multiple':
      return askMultiple(question, previous, base, ui);
    case 'number':
    case 'date':
    case 'text':
      return askTyped(question, step.optional, previous, base, ui);
  }
}

async function askMultiple(
  question: Question,
  previous: AnswerValue | undefined,
  base: { header: string; message: string; nav: readonly NavCommand[] },
  ui: AskContext,
): Promise<Asked<Given>> {
  const choices = answerChoices(ui.checklist, question, ui.language, ui.t, ui.respondent);
  const codes = new Set(choices.map((c) => c.value));
  const held = Array.isArray(previous) ? previous : typeof previous === 'string' ? [previous] : [];
  const exclusive = new Set([
    ...RESERVED,
    ...resolveOptions(question)
      .filter((o) => o.exclusive)
      .map((o) => o.code),
  ]);
  const label = (code: string): string => choices.find((c) => c.value === code)?.label ?? code;
  const asked = await ui.prompter.checkbox({
    ...base,
    choices,
    checked: held.filter((code) => codes.has(code)),
    validate: (values) => {
      const alone = values.find((v) => exclusive.has(v));
      if (alone !== undefined && values.length > 1) return ui.t('invalid.exclusive', { option: label(alone) });
      if (values.length === 0 && question.optional !== true) return ui.t('choice.none-ticked', { skip: navKey('skip', ui.language) });
      return true;
    },
  });
  if (asked.kind === 'nav') return asked;
  const [only] = asked.value;
  if (asked.value.length === 1 && only !== undefined && RESERVED.has(only)) return { kind: 'answer', value: { value: only } };
  return { kind: 'answer', value: { value: asked.value.length === 0 ? null : asked.value } };
}

function parseTyped(question: Question, text: string, ui: AskContext): Parsed<string | number> {
  if (question.type === 'number') return parseNumberAnswer(text, question, ui.t);
  if (question.type === 'date') return parseDateAnswer(text, ui.t, question);
  return { ok: true, value: text.trim() };
}

async function askTyped(
  question: Question,
  optional: boolean,
  previous: AnswerValue | undefined,
  base: { header: string; message: string; nav: readonly NavCommand[] },
  ui: AskContext,
): Promise<Asked<Given>> {
  const allowed = [
    allowsDontKnow(question) ? 'dont-know' : undefined,
    allowsNotApplicable(question, ui.respondent) ? 'not-applicable' : undefined,
  ];
  const hints = [ui.t(question.type === 'number' ? 'format.number' : question.type === 'date' ? 'format.date' : 'format.text')];
  if (allowed[0]) hints.push(ui.t('typed.dont-know'));
  if (allowed[1]) hints.push(ui.t('typed.not-applicable'));
  if (optional) hints.push(ui.t('typed.optional'));
  const unit = question.unit ? ` (${texts(ui.checklist, ui.language)(question.unit)})` : '';
  const shown = previous === undefined || previous === null || Array.isArray(previous) ? undefined : String(previous);
  const asked = await ui.prompter.input({
    ...base,
    message: `${base.message}${unit}\n${hints.join(' · ')}`,
    default: shown === undefined ? undefined : RESERVED.has(shown) ? reservedDisplay(shown, ui) : formatTyped(question, shown, ui.language),
    validate: (text) => {
      const reserved = reservedWord(text);
      if (reserved !== undefined)
        return allowed.includes(reserved) ? true : ui.t(reserved === 'dont-know' ? 'invalid.dont-know' : 'invalid.not-applicable');
      if (text.trim() === '') return optional ? true : ui.t('invalid.required');
      const parsed = parseTyped(question, text, ui);
      return parsed.ok ? true : parsed.message;
    },
  });
  if (asked.kind === 'nav') return asked;
  const reserved = reservedWord(asked.value);
  if (reserved !== undefined) return { kind: 'answer', value: { value: reserved } };
  if (asked.value.trim() === '') return { kind: 'answer', value: { value: null } };
  const parsed = parseTyped(question, asked.value, ui);
  if (!parsed.ok) return { kind: 'answer', value: { value: null } };
  // A date is echoed as typed (stored as YYYY-MM-DD); a number is shown in the session's own way.
  return { kind: 'answer', value: question.type === 'date' ? { value: parsed.value, shown: asked.value.trim() } : { value: parsed.value } };
}

function reservedDisplay(code: string, ui: AskContext): string {
  return code === 'dont-know' ? ui.t('typed.word.dont-know') : ui.t('typed.word.not-applicable');
}

/** A stored number shown as the official types it: with the language's decimal mark (a comma in French). */
function formatTyped(question: Question, value: string, language: string): string {
  if (question.type !== 'number') return value;
  return value.replace('.', localeOf(language)['decimal-separator']);
}
