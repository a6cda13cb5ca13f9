import type { Answer } from '../schemas/answers.js';
import type { Band, Checklist, Question, ScoringModelName } from '../schemas/checklist.js';
import { isVisible, questionStates, type QuestionStatus } from './question-state.js';
import { SCORING_MODEL_VERSION, type ScoringModelVersion } from './model-version.js';
import { modelWeight, questionScore } from './question-score.js';
import { keptFor, locatedQuestions } from '../checklist-model.js';

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
  // A score (|x| ≤ 2) whose 4th decimal is not near a half rounds as its product by 10⁴ does: cutting it
  // to 12 digits moves that product by less than 10⁻⁷, and k / 10⁴ is the double nearest k·10⁻⁴, which
  // the decimal shift gives. Only the others take the cache (a look-up by number costs as much).
  const size = Math.abs(x);
  if (size <= 2) {
    const shifted = size * 10_000;
    const k = Math.round(shifted);
    if (Math.abs(shifted - Math.floor(shifted) - 0.5) > 1e-6) return k === 0 ? 0 : x < 0 ? -(k / 10_000) : k / 10_000;
  }
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

/** Where a question's figures are added: the sections and pillars of a checklist, by id. */
interface Groups {
  sectionIds: readonly string[];
  /** The indexes of the sections with an id (several when ids repeat, a lint error). */
  sectionsById: ReadonlyMap<string, readonly number[]>;
  pillarIds: readonly string[];
  pillarsById: ReadonlyMap<string, number>;
  /** For the question at each place of the checklist, the groups it is added to, found once (see scoreQuestions). */
  byOrder: readonly QuestionGroups[];
}

interface QuestionGroups {
  question: Question;
  sectionId: string;
  sections: readonly number[];
  /** Each pillar once, in the order the question lists them. */
  pillars: readonly number[];
}

/** The groups of a checklist, kept with it (see keptFor): validate scores thousands of reports against one. */
const groupsOf = keptFor((checklist: Checklist): Groups => {
  const sectionIds = checklist.sections.map((section) => section.id);
  const sectionsById = new Map<string, number[]>();
  sectionIds.forEach((id, i) => sectionsById.set(id, [...(sectionsById.get(id) ?? []), i]));
  const pillars = pillarIds(checklist);
  const pillarsById = new Map(pillars.map((id, i) => [id, i]));
  const byOrder = locatedQuestions(checklist).map(({ question, section }) => ({
    question,
    sectionId: section.id,
    sections: sectionsById.get(section.id) ?? [],
    pillars: pillarsOf(question, pillarsById),
  }));
  return { sectionIds, sectionsById, pillarIds: pillars, pillarsById, byOrder };
});

/** The indexes of a question's pillars, each once, in its order: a question listing a pillar twice counts once in it. */
function pillarsOf(question: Question, pillarsById: ReadonlyMap<string, number>): number[] {
  const ids = question.pillars ?? [];
  const out: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const at = pillarsById.get(ids[i] as string);
    if (at !== undefined && !repeated(ids, i)) out.push(at);
  }
  return out;
}

/** Σ wᵢsᵢ, Σ wᵢ and the state counts of a group, added question by question in checklist order (as weightedSums). */
class Tally {
  numerator = 0;
  denominator = 0;
  readonly counts: StateCounts = { answered: 0, dontKnow: 0, notApplicable: 0, hidden: 0, unanswered: 0, total: 0 };

  add(q: ScoredQuestion): void {
    const counts = this.counts;
    // A store to a named member rather than to counts[key]: for every question of every group.
    switch (q.state) {
      case 'answered':
        counts.answered += 1;
        break;
      case 'dont-know':
        counts.dontKnow += 1;
        break;
      case 'not-applicable':
        counts.notApplicable += 1;
        break;
      case 'hidden':
        counts.hidden += 1;
        break;
      case 'unanswered':
        counts.unanswered += 1;
        break;
    }
    counts.total += 1;
    if (q.score === null || q.weight <= 0) return;
    this.numerator += q.weight * q.score;
    this.denominator += q.weight;
  }

  mean(): number | null {
    return this.denominator > 0 ? this.numerator / this.denominator : null;
  }
}

/** Whether `pillars[i]` appeared earlier in the list: a question listing a pillar twice counts once in it. */
function repeated(pillars: readonly string[], i: number): boolean {
  for (let j = 0; j < i; j++) if (pillars[j] === pillars[i]) return true;
  return false;
}

export function completenessOf(questions: readonly QuestionStatus[]): Completeness {
  const missingQuestions = questions
    .filter((q) => isVisible(q.state) && q.question.optional !== true && q.state === 'unanswered')
    .map((q) => ({ question: q.question.id, section: q.sectionId }));
  return { complete: missingQuestions.length === 0, missing: missingQuestions.length, missingQuestions };
}

/**
 * Scores the questions already given their states: used as is by `scoreAnswers` and by gap analysis.
 * One pass over the questions adds each to the overall tally, its sections' and its pillars'.
 */
export function scoreQuestions(
  checklist: Checklist,
  questions: ScoredQuestion[],
  version: ScoringModelVersion = SCORING_MODEL_VERSION,
): ScoreResult {
  const model = checklist.scoring.model ?? 'weighted';
  const bands = checklist.scoring.bands;
  const groups = groupsOf(checklist);
  const overall = new Tally();
  const sections = groups.sectionIds.map(() => new Tally());
  const pillars = groups.pillarIds.map(() => new Tally());
  for (const q of questions) {
    overall.add(q);
    // The question where the checklist has it (every caller but one passes them so): its groups were found once.
    const known = groups.byOrder[q.order];
    if (known !== undefined && known.question === q.question && known.sectionId === q.sectionId) {
      for (const i of known.sections) sections[i]?.add(q);
      for (const i of known.pillars) pillars[i]?.add(q);
      continue;
    }
    for (const i of groups.sectionsById.get(q.sectionId) ?? []) sections[i]?.add(q);
    const ids = q.question.pillars;
    if (ids === undefined) continue;
    for (let i = 0; i < ids.length; i++) {
      const at = groups.pillarsById.get(ids[i] as string);
      if (at !== undefined && !repeated(ids, i)) pillars[at]?.add(q);
    }
  }
  const summary = (tally: Tally): ScoreSummary => {
    const score = tally.mean();
    return { score, band: bandFor(bands, score), counts: tally.counts };
  };
  const overallScore = summary(overall);
  return {
    model,
    version,
    questions,
    overall: overallScore,
    sections: sections.map((tally, i) => ({ id: groups.sectionIds[i] as string, ...summary(tally) })),
    pillars: pillars.map((tally, i) => ({ id: groups.pillarIds[i] as string, score: tally.mean(), counts: tally.counts })),
    completeness: completenessOf(questions),
  };
}

/** Gives each question its model weight and score. */
export function scoreStatuses(
  model: ScoringModelName,
  statuses: readonly QuestionStatus[],
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
  states: readonly QuestionStatus[] = questionStates(checklist, answers),
): ScoreResult {
  const model = checklist.scoring.model ?? 'weighted';
  return scoreQuestions(checklist, scoreStatuses(model, states, version), version);
}
