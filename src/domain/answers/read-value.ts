import { optionsByCode } from '../checklist-model.js';
import { phrase, type Finding, type Phrase } from '../diagnostic.js';
import type { AnswerValue } from '../schemas/answers.js';
import type { Checklist, Question } from '../schemas/checklist.js';
import { clipped } from '../clipped.js';
import type { Suggest } from '../suggest.js';
import { matchOption, optionWords, wordKey, type OptionWords } from './option-words.js';
import type { ToolWords } from './tool-words.js';
import { parseDate, parseNumber, reservedWord } from './typed-values.js';

/** How values are read: in the answers file's language, as of today. */
export interface ReadContext {
  checklist: Checklist;
  /** The file's language: option labels are accepted in it. */
  language: string;
  suggest: Suggest;
  /** The tool's words, in every language it speaks. */
  words: ToolWords;
}

export interface ReadValue {
  /** The value as stored: an option code, a number, a YYYY-MM-DD date; as written when it could not be read. */
  value: AnswerValue | undefined;
  findings: Finding[];
}

const error = (code: 'answer-invalid-option' | 'answer-wrong-type' | 'answer-invalid-date', message: Phrase, pointer: string): Finding => ({
  code,
  severity: 'error',
  message,
  pointer,
});

const shown = (w: OptionWords): string => (w.label === w.code ? w.code : `${w.code} (${w.label})`);

/** "Did you mean" for a word that names no option: a close word of the file's language, or a word of another language. */
function closest(text: string, words: readonly OptionWords[], question: Question, context: ReadContext): OptionWords | undefined {
  const key = wordKey(text);
  const others = [...context.checklist.languages, ...context.words.languages].filter((l) => l !== context.language);
  for (const language of others) {
    const code = optionWords(context.checklist, question, language, context.words).find((w) => w.keys.includes(key))?.code;
    const same = words.find((w) => w.code === code);
    if (same) return same;
  }
  const close = context.suggest(
    key,
    words.flatMap((w) => w.keys),
  );
  return close === undefined ? undefined : words.find((w) => w.keys.includes(close));
}

function readOption(text: string, question: Question, at: string, context: ReadContext, wordsOf: () => readonly OptionWords[]): ReadValue {
  if (optionsByCode(question).has(text)) return { value: text, findings: [] };
  const reserved = reservedWord(text, context.words);
  if (reserved !== undefined) return { value: reserved, findings: [] };
  const words = wordsOf();
  const match = matchOption(text, words, context.words);
  if (match.ok) return { value: match.code, findings: [] };
  const allowed = words.map(shown).join(', ');
  if (match.reason === 'ambiguous') {
    const message = phrase('answer-invalid-option.several', {
      text: clipped(text),
      question: question.id,
      codes: match.codes.join(', '),
      allowed,
    });
    return { value: text, findings: [error('answer-invalid-option', message, at)] };
  }
  const close = closest(text, words, question, context);
  const hint =
    close === undefined
      ? ''
      : close.label === close.code
        ? phrase('hint.did-you-mean-code', { code: close.code })
        : phrase('hint.did-you-mean-option', { code: close.code, label: close.label });
  return {
    value: text,
    findings: [
      error('answer-invalid-option', phrase('answer-invalid-option', { code: clipped(text), question: question.id, hint, allowed }), at),
    ],
  };
}

/**
 * Reads an answer's value as the interactive mode reads what is typed (one
 * parser for both): an option by its code or its label in the file's
 * language ("oui", "en partie", "Ne sait pas"), a number with a decimal comma
 * or spaces between thousands ("1 234", "12,5"), a date day first or ISO
 * ("27/10/2003", "2003-10-27"), "don't know" or "not applicable" in words.
 * Values of the wrong kind (a list for one choice) are left to the checks
 * that follow, which word them.
 */
export function readValue(question: Question, value: AnswerValue | undefined, at: string, context: ReadContext): ReadValue {
  const unchanged: ReadValue = { value, findings: [] };
  if (typeof value === 'string' && value.trim() === '') return unchanged;
  switch (question.type) {
    case 'yes-no':
    case 'tri-state':
    case 'single': {
      if (typeof value !== 'string') return unchanged;
      return readOption(value, question, at, context, () => optionWords(context.checklist, question, context.language, context.words));
    }
    case 'multiple': {
      if (typeof value === 'string') {
        const reserved = reservedWord(value, context.words);
        return reserved === undefined ? unchanged : { value: reserved, findings: [] };
      }
      if (!Array.isArray(value)) return unchanged;
      // The words of every option are folded only for a value that is not a code: stored reports hold codes.
      let words: readonly OptionWords[] | undefined;
      const wordsOf = (): readonly OptionWords[] => (words ??= optionWords(context.checklist, question, context.language, context.words));
      const read = value.map((code, i) => readOption(code, question, `${at}/${i}`, context, wordsOf));
      const codes = read.map((r, i) => (typeof r.value === 'string' ? r.value : (value[i] ?? '')));
      // A list of codes reads as itself: the same array, so that the caller sees the answer as written
      // (checkAnswers then reuses the question states it was given instead of computing them again).
      return {
        value: codes.every((code, i) => code === value[i]) ? value : codes,
        findings: read.flatMap((r) => r.findings),
      };
    }
    case 'number': {
      if (typeof value !== 'string') return unchanged;
      const number = reservedWord(value, context.words) ?? parseNumber(value);
      if (number !== undefined) return { value: number, findings: [] };
      return {
        value,
        findings: [
          error(
            'answer-wrong-type',
            phrase('answer-wrong-type.number', {
              question: question.id,
              got: phrase('value.text', { value: clipped(value) }),
              hint: phrase('hint.number-as-written'),
            }),
            at,
          ),
        ],
      };
    }
    case 'date': {
      if (typeof value !== 'string') return unchanged;
      const date = reservedWord(value, context.words) ?? parseDate(value);
      if (date !== undefined) return { value: date, findings: [] };
      return { value, findings: [error('answer-invalid-date', phrase('answer-invalid-date', { value: clipped(value) }), at)] };
    }
    case 'text': {
      if (typeof value !== 'string') return unchanged;
      return { value: reservedWord(value, context.words) ?? value, findings: [] };
    }
  }
}
