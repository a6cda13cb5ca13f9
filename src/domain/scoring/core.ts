import type { Band, Checklist, CoreObligation, SourceReference } from '../schemas/checklist.js';
import type { CoreStatus } from '../schemas/report.js';
import { keptFor } from '../checklist-model.js';
import { answerScore, bestScore, selectedCodes } from './question-score.js';
import type { ScoredQuestion } from './score.js';

export interface CoreResult {
  question: string;
  section: string;
  status: CoreStatus;
  sources: SourceReference[];
}

/** Whether an answer meets a core obligation: one of its `met` codes (multiple choice: all of them), else the best score. */
function meets(obligation: CoreObligation, q: ScoredQuestion): boolean {
  const value = q.answer?.value;
  if (obligation.met === undefined) return answerScore(q.question, value) >= bestScore(q.question);
  const chosen = selectedCodes(value);
  if (q.question.type === 'multiple') return obligation.met.every((code) => chosen.includes(code));
  return chosen.length === 1 && obligation.met.includes(chosen[0] as string);
}

function statusOf(obligation: CoreObligation, q: ScoredQuestion): CoreStatus {
  switch (q.state) {
    case 'answered':
      return meets(obligation, q) ? 'met' : 'not-met';
    case 'dont-know':
    case 'unanswered':
      return 'unknown';
    case 'not-applicable':
      return 'not-applicable';
    case 'hidden':
      // Hidden and counted as unmet: the respondent's own answer made it moot.
      return q.score === null ? 'not-applicable' : 'not-met';
  }
}

/**
 * The status of each core obligation the checklist names, in checklist order.
 * An obligation naming no question of the checklist (a lint error) is skipped.
 */
export function coreStatuses(checklist: Checklist, questions: readonly ScoredQuestion[]): CoreResult[] {
  const obligations = checklist.scoring.core?.obligations ?? [];
  if (obligations.length === 0) return [];
  const byQuestion = obligationsByQuestion(obligations);
  const out: CoreResult[] = [];
  const done = new Set<string>();
  for (const q of questions) {
    const obligation = byQuestion.get(q.question.id);
    if (!obligation || done.has(q.question.id)) continue;
    done.add(q.question.id);
    out.push({ question: q.question.id, section: q.sectionId, status: statusOf(obligation, q), sources: q.question.sources ?? [] });
  }
  return out;
}

/** The first obligation naming each question, as a search in order would find it; kept with the list (see keptFor). */
const obligationsByQuestion = keptFor((obligations: readonly CoreObligation[]): ReadonlyMap<string, CoreObligation> => {
  const byQuestion = new Map<string, CoreObligation>();
  for (const o of obligations) if (!byQuestion.has(o.question)) byQuestion.set(o.question, o);
  return byQuestion;
});

/** A core obligation that keeps the band down: not met, or not known (a State cannot claim what it does not know). */
function holdsBandDown(status: CoreStatus): boolean {
  return status === 'not-met' || status === 'unknown';
}

export interface CappedBand {
  band: string | null;
  cap?: { scoreBand: string | null; obligations: string[] };
}

/** Bands from lowest to highest, by their lower bound; kept with the list (see keptFor). */
const bandsByMin = keptFor((bands: readonly Band[]): readonly Band[] => [...bands].sort((a, b) => a.min - b.min));

function bandRank(bands: readonly Band[], id: string | null): number {
  return bandsByMin(bands).findIndex((b) => b.id === id);
}

/**
 * The overall band after the core-obligation cap: while any core obligation is
 * not met or not known, the band is at most the checklist's `core.cap`. The
 * score itself is never changed, so a reader sees both.
 */
export function capBand(checklist: Checklist, scoreBand: string | null, core: readonly CoreResult[]): CappedBand {
  const capId = checklist.scoring.core?.cap;
  const holding = core.filter((c) => holdsBandDown(c.status)).map((c) => c.question);
  if (capId === undefined || scoreBand === null || holding.length === 0) return { band: scoreBand };
  const bands = checklist.scoring.bands;
  const capRank = bandRank(bands, capId);
  if (capRank < 0 || bandRank(bands, scoreBand) <= capRank) return { band: scoreBand };
  return { band: capId, cap: { scoreBand, obligations: holding } };
}
