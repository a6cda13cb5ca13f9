import type { Answer } from '../schemas/answers.js';
import type { Band, Checklist, ScoringModelName } from '../schemas/checklist.js';
import { isVisible, questionStates, type QuestionState, type QuestionStatus } from './question-state.js';
import { SCORING_MODEL_VERSION, type ScoringModelVersion } from './model-version.js';
import { modelWeight, questionScore } from './question-score.js';

export interface ScoredQuestion extends QuestionStatus {
  /** Score in [0, 1], or null when the question is left out of the score. */
  score: number | null;
  /** Weight under the model; 0 when the question is left out. */
  weight: number;
}

export interface StateCounts {
  answered: number;
  dontKnow: number;
  notApplicable: number;
  hidden: number;
  unanswered: number;
  total: number;
}

interface ScoreSummary {
  /** Unrounded score in [0, 1]; null when nothing in it is scorable ("not assessed"). */
  score: number | null;
  /** Band of the score as stored (rounded); null when there is no score or no band fits. */
  band: string | null;
  counts: StateCounts;
}

interface SectionScore extends ScoreSummary {
  id: string;
}

interface PillarScore {
  id: string;
  score: number | null;
  counts: StateCounts;
}

interface MissingQuestion {
  question: string;
  section: string;
}

export interface Completeness {
  /** True when no visible, non-optional question is unanswered. */
  complete: boolean;
  missing: number;
  missingQuestions: MissingQuestion[];
}

export interface ScoreResult {
  model: ScoringModelName;
  version: ScoringModelVersion;
  questions: ScoredQuestion[];
  overall: ScoreSummary;
  sections: SectionScore[];
  pillars: PillarScore[];
  completeness: Completeness;
}

/**
 * Rounds to 4 decimals, halves away from zero (0.12345 → 0.1235). The value
 * is first cut to 12 significant digits so that binary noise (0.12344999…
 * for an exact 0.12345) rounds as a hand calculation would; the decimal shift
 * goes through the exponent so that 1.00005 does not become 10000.4999….
 */
export function round4(x: number): number {
  const known = ROUNDED.get(x);
  if (known !== undefined) return known;
  const rounded = roundOnce(x);
  // Scores repeat (0.5, 1, the same ratios in every report): a bounded cache of this pure function.
  if (ROUNDED.size >= MAX_ROUNDED) ROUNDED.clear();
  ROUNDED.set(x, rounded);
  return rounded;
}

const ROUNDED = new Map<number, number>();
const MAX_ROUNDED = 16_384;

function roundOnce(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`cannot round ${x}`);
  const clean = Number(Math.abs(x).toPrecision(12));
  const rounded = shiftDecimal(Math.round(shiftDecimal(clean, 4)), -4);
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

function shiftDecimal(x: number, places: number): number {
  const [mantissa, exponent = '0'] = String(x).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

const STATE_KEY: Record<QuestionState, Exclude<keyof StateCounts, 'total'>> = {
  answered: 'answered',
  'dont-know': 'dontKnow',
  'not-applicable': 'notApplicable',
  hidden: 'hidden',
  unanswered: 'unanswered',
};

function countStates(questions: ReadonlyArray<Pick<QuestionStatus, 'state'>>): StateCounts {
  const counts: StateCounts = { answered: 0, dontKnow: 0, notApplicable: 0, hidden: 0, unanswered: 0, total: 0 };
  for (const { state } of questions) {
    counts[STATE_KEY[state]] += 1;
    counts.total += 1;
  }
  return counts;
}

/** Σ wᵢsᵢ and Σ wᵢ over the scored questions, summed in checklist order. */
export function weightedSums(questions: ReadonlyArray<Pick<ScoredQuestion, 'score' | 'weight'>>): {
  numerator: number;
  denominator: number;
} {
  let numerator = 0;
  let denominator = 0;
  for (const { score, weight } of questions) {
    if (score === null || weight <= 0) continue;
    numerator += weight * score;
    denominator += weight;
  }
  return { numerator, denominator };
}

function weightedMean(questions: ReadonlyArray<Pick<ScoredQuestion, 'score' | 'weight'>>): number | null {
  const { numerator, denominator } = weightedSums(questions);
  return denominator > 0 ? numerator / denominator : null;
}

/**
 * The first band (in declaration order) with min ≤ s < max, or s = max = 1 for
 * the top band. Decided on the score as stored, so that a reader can check the
 * band against the number printed next to it.
 */
export function bandFor(bands: readonly Band[], score: number | null): string | null {
  if (score === null) return null;
  const s = round4(score);
  const band = bands.find((b) => (b.min <= s && s < b.max) || (s === 1 && b.max === 1));
  return band?.id ?? null;
}

/** Pillar ids in declaration order, then any used by questions but not declared (a lint error), in order of use. */
function pillarIds(checklist: Checklist): string[] {
  const ids = (checklist.pillars ?? []).map((p) => p.id);
  for (const section of checklist.sections) {
    for (const question of section.questions) ids.push(...(question.pillars ?? []));
  }
  return [...new Set(ids)];
}

export function completenessOf(questions: readonly QuestionStatus[]): Completeness {
  const missingQuestions = questions
    .filter((q) => isVisible(q.state) && q.question.optional !== true && q.state === 'unanswered')
    .map((q) => ({ question: q.question.id, section: q.sectionId }));
  return { complete: missingQuestions.length === 0, missing: missingQuestions.length, missingQuestions };
}

/** Scores the questions already given their states: used as is by `scoreAnswers` and by gap analysis. */
export function scoreQuestions(
  checklist: Checklist,
  questions: ScoredQuestion[],
  version: ScoringModelVersion = SCORING_MODEL_VERSION,
): ScoreResult {
  const model = checklist.scoring.model ?? 'weighted';
  const bands = checklist.scoring.bands;
  const summary = (subset: ScoredQuestion[]): ScoreSummary => {
    const score = weightedMean(subset);
    return { score, band: bandFor(bands, score), counts: countStates(subset) };
  };
  const sections = checklist.sections.map((section) => ({
    id: section.id,
    ...summary(questions.filter((q) => q.sectionId === section.id)),
  }));
  const pillars = pillarIds(checklist).map((id) => {
    // A question listing the same pillar twice still counts once in it.
    const subset = questions.filter((q) => q.question.pillars?.includes(id));
    return { id, score: weightedMean(subset), counts: countStates(subset) };
  });
  return {
    model,
    version,
    questions,
    overall: summary(questions),
    sections,
    pillars,
    completeness: completenessOf(questions),
  };
}

/** Gives each question its model weight and score. */
export function scoreStatuses(
  model: ScoringModelName,
  statuses: QuestionStatus[],
  version: ScoringModelVersion = SCORING_MODEL_VERSION,
): ScoredQuestion[] {
  return statuses.map(({ question, sectionId, order, state, answer }) => {
    const score = questionScore(question, state, answer?.value, version);
    // Written out rather than spread from the status: validate scores every question of every report.
    return { question, sectionId, order, state, answer, score, weight: score === null ? 0 : modelWeight(model, question) };
  });
}

/** States, scores per section and pillar, overall score and completeness of a set of answers. */
export function scoreAnswers(
  checklist: Checklist,
  answers: Record<string, Answer>,
  version: ScoringModelVersion = SCORING_MODEL_VERSION,
): ScoreResult {
  const model = checklist.scoring.model ?? 'weighted';
  return scoreQuestions(checklist, scoreStatuses(model, questionStates(checklist, answers), version), version);
}
