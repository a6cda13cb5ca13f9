import { isScored, optionsByCode, questionWeight, resolveOptions, type ResolvedOption } from '../checklist-model.js';
import type { AnswerValue } from '../schemas/answers.js';
import type { Question, ScoringModelName } from '../schemas/checklist.js';
import type { ScoringModelVersion } from './model-version.js';
import type { QuestionState } from './question-state.js';

/**
 * The option codes an answer selects, each once, in the order given. A number
 * is read as the code it spells, as conditions do; checkAnswers reports it.
 */
export function selectedCodes(value: AnswerValue | undefined): string[] {
  if (value === null || value === undefined) return [];
  const codes = Array.isArray(value) ? value : [String(value)];
  return [...new Set(codes)];
}

/** An option's score; an option without one (a lint error on scored questions) scores 0. */
function scoreOf(option: ResolvedOption | undefined): number {
  return option?.score ?? 0;
}

function aggregate(question: Question, scores: number[]): number {
  if (scores.length === 0) return 0;
  switch (question.aggregate ?? 'sum') {
    case 'max':
      return Math.max(...scores);
    case 'mean':
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    case 'sum':
      return Math.min(
        1,
        scores.reduce((a, b) => a + b, 0),
      );
  }
}

/**
 * The score of an answer that selects options: the chosen option's score, or
 * for multiple choice the selected options' scores combined by `aggregate`.
 * A code that is not an option (an error checkAnswers reports) scores 0.
 */
export function answerScore(question: Question, value: AnswerValue | undefined): number {
  const options = optionsByCode(question);
  if (question.type !== 'multiple') {
    // The first code selected, without building the list: one choice is the common case.
    if (value === null || value === undefined) return 0;
    const first = Array.isArray(value) ? value[0] : String(value);
    return first === undefined ? 0 : scoreOf(options.get(first));
  }
  const scores = selectedCodes(value).map((code) => scoreOf(options.get(code)));
  return aggregate(question, scores);
}

/**
 * The highest score any valid answer can reach. Multiple choice: an exclusive
 * option alone, or the best selection of the others — all of positive score for
 * `sum` (capped at 1), the best one alone for `max` and `mean`.
 */
export function bestScore(question: Question): number {
  let best = BEST.get(question);
  if (best === undefined) {
    best = computeBestScore(question);
    BEST.set(question, best);
  }
  return best;
}

/* A checklist is never changed once read: a question's best score is kept with it (see optionsByCode in checklist-model.ts). */
const BEST = new WeakMap<Question, number>();

function computeBestScore(question: Question): number {
  const options = resolveOptions(question);
  if (question.type !== 'multiple') return Math.max(0, ...options.map(scoreOf));
  const exclusive = options.filter((o) => o.exclusive).map(scoreOf);
  const combinable = options.filter((o) => !o.exclusive).map(scoreOf);
  const combined =
    (question.aggregate ?? 'sum') === 'sum'
      ? Math.min(
          1,
          combinable.filter((s) => s > 0).reduce((a, b) => a + b, 0),
        )
      : Math.max(0, ...combinable);
  return Math.max(combined, ...exclusive);
}

/**
 * Whether a hidden question counts as unmet (0 of its weight) rather than
 * being left out. Model 1 left every hidden question out, which let "no" to a
 * gateway question score better than "partly" with its follow-ups "no".
 */
function hiddenCountsAsUnmet(question: Question, version: ScoringModelVersion): boolean {
  return version >= 2 && question.whenHidden === 'unmet';
}

/**
 * A question's score, or null when it is left out of both the score and the
 * maximum: never scored (weight 0, number, date, text), not applicable, or
 * hidden and excluded. "Don't know", unanswered and hidden-unmet count, with 0.
 */
export function questionScore(
  question: Question,
  state: QuestionState,
  value: AnswerValue | undefined,
  version: ScoringModelVersion = 2,
): number | null {
  if (!isScored(question)) return null;
  switch (state) {
    case 'answered':
      return answerScore(question, value);
    case 'dont-know':
    case 'unanswered':
      return 0;
    case 'hidden':
      return hiddenCountsAsUnmet(question, version) ? 0 : null;
    case 'not-applicable':
      return null;
  }
}

/** A question's weight under a scoring model: its weight, or 1 for every question in flat-unweighted. */
export function modelWeight(model: ScoringModelName, question: Question): number {
  return model === 'flat-unweighted' ? 1 : questionWeight(question);
}
