import type { DiagnosticCode } from '../codes.js';
import { quotedJsonText } from '../clipped.js';
import { allowsDontKnow, allowsNotApplicable, optionsByCode, questionIndex, questionLookup, resolveOptions } from '../checklist-model.js';
import { phrase, phraseList, pointerSegment, type Finding, type Phrase, type PhraseParam } from '../diagnostic.js';
import type { Answer } from '../schemas/answers.js';
import type { Checklist, Question, RespondentType } from '../schemas/checklist.js';
import { isEmptyValue, ownAnswers, questionStates, type QuestionStatus } from '../scoring/question-state.js';
import { clipped } from '../clipped.js';
import { createSuggester, type Suggest } from '../suggest.js';
import { hasVisibleCharacter } from '../visible-text.js';
import { readValue, type ReadContext, type ReadValue } from './read-value.js';
import type { ToolWords } from './tool-words.js';
import { checkDate as checkTypedDate, isIsoDate, localTodayNow } from './typed-values.js';

export { isIsoDate } from './typed-values.js';

/** The codes of this module, from the table of `codes.ts`. */
type AnswerFindingCode = Extract<DiagnosticCode, `answer-${string}`>;

type Severity = Finding['severity'];
const finding = (code: AnswerFindingCode, message: Phrase, pointer: string, severity: Severity = 'error'): Finding => ({
  code,
  severity,
  message,
  pointer,
});

/** The assistance categories a question asks about: all declared ones for `true`, its own list otherwise. */
export function allowedAssistance(checklist: Checklist, question: Question): string[] {
  if (question.assistance === undefined) return [];
  const declared = (checklist.assistanceCategories ?? []).map((c) => c.id);
  return question.assistance === true ? declared : question.assistance.filter((id) => declared.includes(id));
}

/** How a value reads in a message: "a list", "the number 3", "the text "abc"". */
function describe(value: unknown): PhraseParam {
  if (Array.isArray(value)) return phrase('value.list');
  if (typeof value === 'number') return phrase('value.number', { value });
  if (typeof value === 'string') return phrase('value.text', { value: quotedJsonText(value, Number.POSITIVE_INFINITY) });
  return String(value);
}

/** " (did you mean "x"?)", or nothing. */
const didYouMean = (close: string | undefined): PhraseParam => (close ? phrase('hint.did-you-mean', { close }) : '');

/** The codes a question accepts, reserved ones included, for messages. */
function acceptedCodes(question: Question): string[] {
  const codes = resolveOptions(question).map((o) => o.code);
  if (allowsDontKnow(question)) codes.push('dont-know');
  if (allowsNotApplicable(question)) codes.push('not-applicable');
  return codes;
}

function invalidOption(question: Question, code: string, pointer: string, suggest: Suggest): Finding {
  const allowed = acceptedCodes(question);
  const close = suggest(code, allowed);
  const params = { code: clipped(code), question: question.id, hint: didYouMean(close), allowed: phraseList(allowed) };
  return finding('answer-invalid-option', phrase('answer-invalid-option', params), pointer);
}

function optionText(question: Question, answer: Answer, code: string, pointer: string): Finding[] {
  const option = optionsByCode(question).get(code);
  if (!option?.withText || answer.optionText?.[code]?.trim()) return [];
  return [finding('answer-missing-option-text', phrase('answer-missing-option-text', { code, question: question.id }), pointer, 'warning')];
}

function checkSingle(question: Question, answer: Answer, at: string, suggest: Suggest): Finding[] {
  const value = answer.value;
  if (typeof value !== 'string') {
    const hint = phrase(Array.isArray(value) ? 'hint.one-code-not-list' : 'hint.code-in-quotes');
    return [finding('answer-wrong-type', phrase('answer-wrong-type.single', { question: question.id, got: describe(value), hint }), at)];
  }
  if (!optionsByCode(question).has(value)) return [invalidOption(question, value, at, suggest)];
  return optionText(question, answer, value, at);
}

function checkMultiple(question: Question, answer: Answer, at: string, suggest: Suggest): Finding[] {
  const value = answer.value;
  if (!Array.isArray(value)) {
    return [
      finding(
        'answer-wrong-type',
        phrase('answer-wrong-type.multiple', { question: question.id, got: describe(value), value: String(value) }),
        at,
      ),
    ];
  }
  const options = optionsByCode(question);
  const valid = new Set(value.filter((code) => options.has(code)));
  // Where each code first appears: a repeated code is found in one pass, whatever the length of the list.
  const first = new Map<unknown, number>();
  value.forEach((code, i) => {
    if (!first.has(code)) first.set(code, i);
  });
  return value.flatMap((code, i): Finding[] => {
    const pointer = `${at}/${i}`;
    if (code === 'dont-know' || code === 'not-applicable') {
      return [finding('answer-invalid-option', phrase('answer-invalid-option.reserved-in-list', { code }), pointer)];
    }
    const option = options.get(code);
    if (!option) return [invalidOption(question, code, pointer, suggest)];
    if ((first.get(code) ?? i) < i) {
      return [finding('answer-duplicate-option', phrase('answer-duplicate-option', { code: String(code) }), pointer, 'warning')];
    }
    const exclusive =
      option.exclusive && valid.size > 1
        ? [finding('answer-exclusive-combined', phrase('answer-exclusive-combined', { code: String(code) }), pointer)]
        : [];
    return [...exclusive, ...optionText(question, answer, code, pointer)];
  });
}

function checkNumber(question: Question, value: unknown, at: string): Finding[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const hint = typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? phrase('hint.without-quotes') : '';
    return [finding('answer-wrong-type', phrase('answer-wrong-type.number', { question: question.id, got: describe(value), hint }), at)];
  }
  const problems: Phrase[] = [];
  if (question.min !== undefined && value < question.min) problems.push(phrase('bound.below-minimum', { min: question.min }));
  if (question.max !== undefined && value > question.max) problems.push(phrase('bound.above-maximum', { max: question.max }));
  if (question.integer === true && !Number.isInteger(value)) problems.push(phrase('bound.not-integer'));
  if (problems.length === 0) return [];
  return [
    finding(
      'answer-out-of-bounds',
      phrase('answer-out-of-bounds', { value, problems: phraseList(problems, 'and'), question: question.id }),
      at,
    ),
  ];
}

function checkDate(question: Question, value: unknown, at: string, today: string): Finding[] {
  if (typeof value !== 'string') {
    return [finding('answer-wrong-type', phrase('answer-wrong-type.date', { question: question.id, got: describe(value) }), at)];
  }
  if (!isIsoDate(value)) return [finding('answer-invalid-date', phrase('answer-invalid-date', { value }), at)];
  const checked = checkTypedDate(value, question, today);
  if (checked.ok) return [];
  return [finding('answer-future-date', phrase('answer-future-date', { value, today, question: question.id }), at)];
}

function checkText(question: Question, value: unknown, at: string): Finding[] {
  if (typeof value === 'string') return [];
  const hint = typeof value === 'number' ? phrase('hint.in-quotes') : '';
  return [finding('answer-wrong-type', phrase('answer-wrong-type.text', { question: question.id, got: describe(value), hint }), at)];
}

const respondentName = (respondent: RespondentType): Phrase => phrase(`respondent.${respondent}`);

/**
 * "Not applicable" restricted to some kinds of respondent (e.g. an organization
 * acting outside its competence): anyone else is told who may use it. When the
 * respondent is not known (an answers file without a party), nothing is refused yet:
 * the report, which needs the party, is checked again.
 */
function notApplicableFindings(question: Question, respondent: RespondentType | undefined, at: string): Finding[] {
  const allowed = question.notApplicableFor;
  if (allowed === undefined || respondent === undefined || allowed.includes(respondent)) return [];
  const who = phraseList(allowed.map(respondentName), 'or');
  const params = { who, question: question.id, respondent: respondentName(respondent) };
  return [finding('answer-not-applicable-not-for-respondent', phrase('answer-not-applicable-not-for-respondent', params), at)];
}

interface CheckContext extends ReadContext {
  today: string;
  respondent?: RespondentType | undefined;
}

/** Checks the value of one answer against its question, as `read` read it; `pointer` points at the answer. */
function checkValue(question: Question, written: Answer, read: ReadValue, pointer: string, context: CheckContext): Finding[] {
  const at = `${pointer}/value`;
  if (read.findings.length > 0) return read.findings;
  const { suggest, respondent } = context;
  const value = read.value;
  const answer: Answer = value === written.value ? written : { ...written, value };
  if (isEmptyValue(value)) return [];
  if (value === 'dont-know') {
    if (allowsDontKnow(question)) return [];
    return [finding('answer-dont-know-not-allowed', phrase('answer-dont-know-not-allowed', { question: question.id }), at)];
  }
  if (value === 'not-applicable') {
    if (!allowsNotApplicable(question)) {
      return [finding('answer-not-applicable-not-allowed', phrase('answer-not-applicable-not-allowed', { question: question.id }), at)];
    }
    const refused = notApplicableFindings(question, respondent, at);
    if (refused.length > 0) return refused;
    // Only a visible character makes a justification: spaces or zero-width characters say nothing.
    if (answer.justification !== undefined && hasVisibleCharacter(answer.justification)) return [];
    const where = answer.justification === undefined ? pointer : `${pointer}/justification`;
    return [finding('answer-missing-justification', phrase('answer-missing-justification', { question: question.id }), where)];
  }
  switch (question.type) {
    case 'yes-no':
    case 'tri-state':
    case 'single':
      return checkSingle(question, answer, at, suggest);
    case 'multiple':
      return checkMultiple(question, answer, at, suggest);
    case 'number':
      return checkNumber(question, value, at);
    case 'date':
      return checkDate(question, value, at, context.today);
    case 'text':
      return checkText(question, value, at);
  }
}

function checkAssistance(checklist: Checklist, question: Question, answer: Answer, pointer: string): Finding[] {
  if (answer.assistance === undefined || answer.assistance.length === 0) return [];
  const allowed = allowedAssistance(checklist, question);
  return (answer.assistance ?? []).flatMap((category, i) => {
    if (allowed.includes(category)) return [];
    const message =
      allowed.length === 0
        ? phrase('answer-unknown-assistance-category.none', { question: question.id, category })
        : phrase('answer-unknown-assistance-category', { question: question.id, category, allowed: phraseList(allowed) });
    return [finding('answer-unknown-assistance-category', message, `${pointer}/assistance/${i}`)];
  });
}

/** How answers files are read: labels in their language; dates not after today. */
export interface CheckAnswersOptions {
  /** The answers' language (the file's, else the checklist's first). */
  language?: string | undefined;
  /** YYYY-MM-DD; the official's today by default. */
  today?: string | undefined;
  /**
   * The states of the questions with these answers as written, when the
   * caller has them (validate computes them once, for these checks and for the
   * recomputation of the report); used only when every value reads as written.
   */
  states?: readonly QuestionStatus[] | undefined;
  /** ownAnswers(answers), when the caller has it (validate, which computed the states with it). */
  given?: ReadonlyMap<string, Answer> | undefined;
}

function checkContext(checklist: Checklist, words: ToolWords, options: CheckAnswersOptions, respondent?: RespondentType): CheckContext {
  return {
    checklist,
    words,
    language: options.language ?? checklist.languages[0] ?? 'en',
    suggest: createSuggester().suggest,
    today: options.today ?? localTodayNow(),
    respondent,
  };
}

/**
 * Checks answers against their checklist, reading values as people write
 * them (see `readValue`). Pointers point at the offending value, under
 * `basePointer` (where the answers record sits in its document).
 */
export function checkAnswers(
  checklist: Checklist,
  answers: Record<string, Answer>,
  words: ToolWords,
  basePointer = '/answers',
  respondent?: RespondentType,
  options: CheckAnswersOptions = {},
): Finding[] {
  const questions = questionLookup(checklist);
  const context = checkContext(checklist, words, options, respondent);
  const { suggest } = context;
  // Each value read once, for the states of the questions and for its own checks.
  const checked: CheckedAnswer[] = [];
  let asWritten = true;
  // The own answers in the order of Object.keys, read once (ownAnswers): answers[id] after
  // Object.keys was a look-up by name in an object whose shape is new in every report.
  const given = options.given ?? ownAnswers(answers);
  for (const [id, answer] of given) {
    const pointer = `${basePointer}/${pointerSegment(id)}`;
    const question = questions.get(id)?.question;
    const read = question && readValue(question, answer.value, `${pointer}/value`, context);
    checked.push({ id, answer, pointer, question, read });
    if (storedAnswer(answer, read) !== answer) asWritten = false;
  }
  // The answers as read are the answers as written (a stored report's): no copy, and the caller's states if it has them.
  const states = asWritten
    ? (options.states ?? questionStates(checklist, answers, given))
    : questionStates(checklist, Object.fromEntries(checked.map((c) => [c.id, storedAnswer(c.answer, c.read)])));
  const hidden = hiddenQuestions(states);
  let ids: string[] | undefined;
  const out: Finding[] = [];
  // One by one: a file may hold more answers than a function accepts arguments.
  for (const { id, answer, pointer, question, read } of checked) {
    if (!question || !read) {
      ids ??= [...questions.keys()];
      const params = { checklist: checklist.id, id: clipped(id), hint: didYouMean(suggest(id, ids)) };
      out.push(finding('answer-unknown-question', phrase('answer-unknown-question', params), pointer));
      continue;
    }
    // Still checked when hidden: the answer stays in the file and counts again if the condition changes.
    if (hidden.has(id) && !isEmptyValue(answer.value)) {
      out.push(finding('answer-hidden-question', phrase('answer-hidden-question', { question: id }), pointer, 'warning'));
    }
    for (const f of checkValue(question, answer, read, pointer, context)) out.push(f);
    for (const f of checkAssistance(checklist, question, answer, pointer)) out.push(f);
  }
  return out;
}

interface CheckedAnswer {
  id: string;
  answer: Answer;
  pointer: string;
  question: Question | undefined;
  read: ReadValue | undefined;
}

/** The ids of the hidden questions: few, when any. */
function hiddenQuestions(states: readonly QuestionStatus[]): Set<string> {
  const hidden = new Set<string>();
  for (const s of states) if (s.state === 'hidden') hidden.add(s.question.id);
  return hidden;
}

/** An answer with its value as read; as written when it could not be read, or for a question the checklist lacks. */
function storedAnswer(answer: Answer, read: ReadValue | undefined): Answer {
  // A stored report holds values as read: no copy of the answer then.
  if (!read || answer.value === undefined || read.findings.length > 0 || read.value === answer.value) return answer;
  return { ...answer, value: read.value ?? null };
}

/**
 * The answers with their values as stored: option codes, numbers, YYYY-MM-DD
 * dates, whatever way the file wrote them ("oui", "1 234", "27/10/2003").
 * A value that cannot be read is kept as written, for checkAnswers to report.
 */
export function readAnswers(
  checklist: Checklist,
  answers: Record<string, Answer>,
  words: ToolWords,
  options: CheckAnswersOptions = {},
): Record<string, Answer> {
  const questions = questionIndex(checklist);
  const context = checkContext(checklist, words, options);
  return Object.fromEntries(
    Object.entries(answers).map(([id, answer]) => {
      const question = questions.get(id)?.question;
      return [id, storedAnswer(answer, question && readValue(question, answer.value, '', context))];
    }),
  );
}
