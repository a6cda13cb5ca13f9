import type { SourceReference } from '../schemas/checklist.js';
import { bestScore } from './question-score.js';
import { round4, weightedSums, type ScoreResult } from './score.js';

export interface Gap {
  question: string;
  section: string;
  /** Score of the current answer (unrounded). */
  current: number;
  /** Score of the best possible answer (unrounded). */
  best: number;
  /** Overall score with the best answer minus the current overall score (unrounded). */
  gap: number;
  sources: SourceReference[];
  /** Not asked: a worse answer to an earlier question made it moot, and it counts as unmet (model 2). */
  hidden?: true;
}

/**
 * The answered questions that could score higher — and, from model 2, the
 * hidden questions that count as unmet — ranked by how much the
 * overall score would rise if each alone got its best answer — every other
 * answer, and the visibility of every question, left as they are. Ranked by
 * the gap as stored (4 decimals) so that equal printed gaps stay in checklist
 * order rather than in the order of their binary noise.
 */
export function findGaps(result: ScoreResult): Gap[] {
  const overall = result.overall.score;
  if (overall === null) return [];
  // With visibility unchanged, the improved question is already in the
  // denominator: only its own term of the numerator changes, so each gap is
  // O(1) rather than a full recomputation (validate rebuilds every report).
  const { numerator, denominator } = weightedSums(result.questions);
  const gaps: Array<Gap & { order: number }> = [];
  for (const q of result.questions) {
    const hiddenUnmet = q.state === 'hidden';
    if ((q.state !== 'answered' && !hiddenUnmet) || q.score === null) continue;
    const best = bestScore(q.question);
    if (q.score >= best || q.weight <= 0) continue;
    const gap = (numerator + q.weight * (best - q.score)) / denominator - overall;
    gaps.push({
      question: q.question.id,
      section: q.sectionId,
      current: q.score,
      best,
      gap,
      sources: q.question.sources ?? [],
      ...(hiddenUnmet ? { hidden: true as const } : {}),
      order: q.order,
    });
  }
  // Rounded once, not inside the comparator: round4 is not cheap.
  const stored = new Map(gaps.map((g) => [g, round4(g.gap)]));
  gaps.sort((a, b) => (stored.get(b) ?? 0) - (stored.get(a) ?? 0) || a.order - b.order);
  return gaps.map(({ order: _order, ...gap }) => gap);
}
