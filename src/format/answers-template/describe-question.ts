import type { TemplateKey } from '../../i18n/template-messages.js';
import { intlLocale } from '../../i18n/locale.js';
import { isBuiltinCode } from '../../domain/answers/tool-words.js';
import { builtinLabel } from '../../i18n/tool-words.js';
import { toolLanguage, type Translate } from '../../i18n/translate.js';
import {
  allowsDontKnow,
  allowsNotApplicable,
  isScorableType,
  isScored,
  questionIndex,
  questionWeight,
  resolveOptions,
} from '../../domain/checklist-model.js';
import { localize } from '../../domain/localize.js';
import type { Checklist, Question } from '../../domain/schemas/checklist.js';
import type { LocalizedText } from '../../domain/schemas/common.js';
import type { Condition } from '../../domain/schemas/condition.js';
import { citeProvision, levelName } from '../../i18n/scoring-words.js';
import { questionLevel } from '../../domain/levels.js';
import type { Catalogue } from '../../domain/schemas/catalogue.js';
import { allowedAssistance } from '../../domain/answers/check-answers.js';

/** What describing a question in a given language needs: the tool's words and the checklist's texts. */
export interface TemplateWords {
  t: Translate<TemplateKey>;
  language: string;
  /** The checklist's text in the language, falling back to its default language. */
  text: (value: LocalizedText | undefined) => string;
  /** The instrument catalogues, for levels of obligation. */
  catalogues?: ReadonlyMap<string, Catalogue>;
}

/** 0.5 in English, 0,5 in French: the way the reader writes numbers. */
function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 4 }).format(value);
}

/**
 * The label of an option: the checklist's own; for a built-in code, the
 * tool's words in a language it speaks, else the checklist's `builtinLabels`
 * (how a third language such as Spanish gets "Sí"), else English.
 */
function optionLabel(checklist: Checklist, code: string, declared: LocalizedText | undefined, words: TemplateWords): string {
  if (declared !== undefined) return words.text(declared);
  if (!isBuiltinCode(code)) return code;
  const own = Object.entries(checklist.builtinLabels ?? {}).find(([name]) => name === code)?.[1];
  const toolSpeaks = toolLanguage(words.language) === words.language.toLowerCase().split('-')[0];
  return own !== undefined && !toolSpeaks ? words.text(own) : builtinLabel(code, words.language);
}

/** A condition in words: "the answer to q1 is yes and q2 has been answered". */
export function conditionInWords(checklist: Checklist, condition: Condition, t: Translate<TemplateKey>): string {
  const questions = questionIndex(checklist);
  const multiple = (id: string): boolean => questions.get(id)?.question.type === 'multiple';
  const phrase = (c: Condition, nested: boolean): string => {
    if ('not' in c) return t('condition.not', { condition: phrase(c.not, true) });
    if ('all' in c || 'any' in c) {
      const parts = 'all' in c ? c.all : c.any;
      const joined = parts.map((p) => phrase(p, true)).join(t('all' in c ? 'condition.and' : 'condition.or'));
      return nested && parts.length > 1 ? `(${joined})` : joined;
    }
    if ('answered' in c) return t('condition.answered', { question: c.answered });
    if ('equals' in c)
      return t(multiple(c.question) ? 'condition.includes' : 'condition.equals', { question: c.question, code: String(c.equals) });
    return t(multiple(c.question) ? 'condition.includes-one' : 'condition.in', {
      question: c.question,
      codes: c.in.map(String).join(', '),
    });
  };
  return phrase(condition, false);
}

function scoringLine(question: Question, t: Translate<TemplateKey>, language: string): string {
  const type = t('type', { type: question.type, words: t(`type.${question.type}`) });
  if (isScored(question)) return `${type} ${t('weight', { weight: formatNumber(questionWeight(question), language) })}`;
  return `${type} ${isScorableType(question.type) ? t('informational') : t('unscored')}`;
}

/** `[code, explanation]` rows of the codes a question accepts, reserved ones last. */
function codeRows(checklist: Checklist, question: Question, words: TemplateWords): Array<[string, string]> {
  const { t, language } = words;
  const scored = isScored(question);
  const rows: Array<[string, string]> = resolveOptions(question).map((option) => {
    const notes = [optionLabel(checklist, option.code, option.declared?.label, words)];
    if (scored && option.score !== undefined) notes.push(t('code.score', { score: formatNumber(option.score, language) }));
    if (option.exclusive) notes.push(t('code.exclusive'));
    if (option.withText) notes.push(t('code.with-text', { code: option.code }));
    const help = words.text(option.declared?.help);
    if (help) notes.push(help);
    return [option.code, notes.join(' — ')];
  });
  if (allowsDontKnow(question)) {
    const label = optionLabel(checklist, 'dont-know', undefined, words);
    rows.push(['dont-know', scored ? `${label} — ${t('code.dont-know')}` : label]);
  }
  if (allowsNotApplicable(question)) {
    const only =
      question.notApplicableFor?.includes('organization') && !question.notApplicableFor.includes('state')
        ? ` ${t('code.not-applicable.organization')}`
        : '';
    rows.push(['not-applicable', `${optionLabel(checklist, 'not-applicable', undefined, words)} — ${t('code.not-applicable')}${only}`]);
  }
  return rows;
}

function answerLine(question: Question, words: TemplateWords): string {
  const { t, language } = words;
  switch (question.type) {
    case 'multiple': {
      const example = resolveOptions(question)
        .filter((o) => !o.exclusive)
        .slice(0, 2)
        .map((o) => o.code);
      return t('answer.several', { example: example.join(', ') });
    }
    case 'number': {
      const details: string[] = [];
      const unit = words.text(question.unit);
      if (unit) details.push(t('answer.number.unit', { unit }));
      if (question.min !== undefined) details.push(t('answer.number.min', { min: formatNumber(question.min, language) }));
      if (question.max !== undefined) details.push(t('answer.number.max', { max: formatNumber(question.max, language) }));
      if (question.integer) details.push(t('answer.number.integer'));
      return `${t('answer.number')}${details.length > 0 ? ` (${details.join('; ')})` : ''}.`;
    }
    case 'date':
      return t('answer.date');
    case 'text':
      return t('answer.text');
    default:
      return t('answer.one');
  }
}

/**
 * The comment above a question in an answers template, one entry per line,
 * indented with spaces: its text, help, type and weight, condition, the codes
 * it accepts with their labels and scores, the provisions it is about, and the
 * evidence and assistance it asks for.
 */
export function describeQuestion(checklist: Checklist, question: Question, words: TemplateWords): string[] {
  const { t } = words;
  const lines = [`${question.id} — ${words.text(question.text)}`];
  const detail = (line: string): void => {
    lines.push(`  ${line}`);
  };
  const help = words.text(question.help);
  if (help) detail(t('help', { text: help }));
  detail(scoringLine(question, t, words.language));
  if (question.optional) detail(t('optional'));
  if (question.when) detail(t('condition', { condition: conditionInWords(checklist, question.when, t) }));

  const rows = codeRows(checklist, question, words);
  const choice = question.type !== 'number' && question.type !== 'date' && question.type !== 'text';
  detail(answerLine(question, words));
  const reserved = choice ? rows : rows.filter(([code]) => code === 'dont-know' || code === 'not-applicable');
  if (!choice && reserved.length > 0) detail(t('answer.or'));
  const width = Math.max(0, ...reserved.map(([code]) => code.length)) + 2;
  for (const [code, explanation] of reserved) detail(`  ${code.padEnd(width)}${explanation}`);

  const cited = (question.sources ?? []).map((s) => citeProvision(s, words.language)).join(t('list.separator'));
  const level = isScored(question) ? questionLevel(question, words.catalogues ?? new Map()) : undefined;
  // "Level of obligation: mandatory obligation — Protocol, art. 5(1)": the level, and what it is read from.
  if (level !== undefined) detail(t('level', { level: levelName(level, words.language), provisions: cited }));
  else if (cited) detail(t('provisions', { list: cited }));
  if (question.when && isScored(question)) detail(t(question.whenHidden === 'unmet' ? 'when-hidden.unmet' : 'when-hidden.excluded'));
  if (question.evidence !== undefined) {
    const prompt = question.evidence === true ? t('evidence.default') : words.text(question.evidence);
    detail(t('evidence', { prompt }));
  }
  const categories = allowedAssistance(checklist, question);
  if (categories.length > 0) detail(t('assistance', { example: categories[0] ?? '', list: categories.join(', ') }));
  return lines;
}

/** Reads a checklist's texts in `language`, falling back to its default language. */
export function checklistTexts(checklist: Checklist, language: string): (value: LocalizedText | undefined) => string {
  const fallback = checklist.languages[0] ?? 'en';
  return (value) => localize(value, language, fallback);
}
