import { allowsDontKnow, allowsNotApplicable, resolveOptions } from '../domain/checklist-model.js';
import { localize } from '../domain/localize.js';
import type { LocalizedText } from '../domain/schemas/common.js';
import type { Checklist, Question, RespondentType } from '../domain/schemas/checklist.js';
import { intlLocale } from '../i18n/locale.js';
import { formatDate } from '../i18n/dates.js';
import { isBuiltinCode } from '../domain/answers/tool-words.js';
import { builtinLabel, builtinWords } from '../i18n/tool-words.js';
import { toolLanguage, type Translate } from '../i18n/translate.js';
import type { MessageKey } from './messages.js';
import type { Choice } from './prompter.js';

/** Reads the checklist's texts in the chosen language, falling back to its default one. */
export function texts(checklist: Checklist, language: string): (text: LocalizedText | undefined) => string {
  const fallback = checklist.languages[0] ?? 'en';
  return (text) => localize(text, language, fallback);
}

/**
 * The label of an option: the checklist's own, else the tool's words for the
 * built-in codes (yes, partly, no, don't know, not applicable) in a language
 * it speaks (the catalogues' `words`), else the checklist's `builtinLabels`
 * for its other languages.
 */
export function optionLabel(checklist: Checklist, code: string, declared: LocalizedText | undefined, language: string): string {
  const text = texts(checklist, language);
  if (declared !== undefined) return text(declared);
  if (!isBuiltinCode(code)) return code;
  const own = Object.entries(checklist.builtinLabels ?? {}).find(([key]) => key === code)?.[1];
  const toolSpeaks = toolLanguage(language) === language.toLowerCase().split('-')[0];
  if (own !== undefined && !toolSpeaks) return text(own);
  return builtinLabel(code, language);
}

/**
 * The other words a built-in option may be typed with, where its label is the tool's (the
 * catalogues' words): « Partiellement » for « En partie ». None for a label the checklist wrote.
 */
function typedWords(checklist: Checklist, code: string, declared: LocalizedText | undefined, language: string): string[] {
  if (declared !== undefined || !isBuiltinCode(code)) return [];
  const label = optionLabel(checklist, code, declared, language);
  return label === builtinLabel(code, language) ? builtinWords(code, language).filter((word) => word !== label) : [];
}

/** A choice of an answer's option, with the other words it may be typed with. */
function optionChoice(checklist: Checklist, code: string, declared: LocalizedText | undefined, language: string): Choice<string> {
  const choice: Choice<string> = { value: code, label: optionLabel(checklist, code, declared, language) };
  const aliases = typedWords(checklist, code, declared, language);
  if (aliases.length > 0) choice.aliases = aliases;
  return choice;
}

/** The answer choices of a question, "don't know" and "not applicable" last where the question allows them. */
export function answerChoices(
  checklist: Checklist,
  question: Question,
  language: string,
  t: Translate<MessageKey>,
  respondent?: RespondentType,
): Array<Choice<string>> {
  const text = texts(checklist, language);
  const choices: Array<Choice<string>> = resolveOptions(question).map((option) => {
    const choice = optionChoice(checklist, option.code, option.declared?.label, language);
    const hint = text(option.declared?.help);
    if (hint) choice.hint = hint;
    return choice;
  });
  if (allowsDontKnow(question)) choices.push(optionChoice(checklist, 'dont-know', undefined, language));
  if (allowsNotApplicable(question, respondent)) {
    choices.push({ ...optionChoice(checklist, 'not-applicable', undefined, language), hint: t('option.not-applicable.hint') });
  }
  return choices;
}

/** How an answer's value reads on screen: option labels, a number, a date, a text. */
export function describeValue(
  checklist: Checklist,
  question: Question,
  value: unknown,
  language: string,
  t: Translate<MessageKey>,
): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return t('value.none');
  const choices = answerChoices(checklist, question, language, t);
  const label = (code: string): string => choices.find((c) => c.value === code)?.label ?? code;
  if (Array.isArray(value)) return value.map((v) => label(String(v))).join(', ');
  if (typeof value === 'number') return new Intl.NumberFormat(intlLocale(language)).format(value);
  // A date of a previous report or a draft, written as the language writes dates, not as stored.
  if (question.type === 'date' && typeof value === 'string') return formatDate(value, language);
  return label(String(value));
}
