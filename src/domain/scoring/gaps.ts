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
  const gaps: Gap[] = [];
  // Beside each gap, its rank keys: the gap as stored, and the question's place in the checklist.
  const stored: number[] = [];
  const orders: number[] = [];
  for (const q of result.questions) {
    const hiddenUnmet = q.state === 'hidden';
    if ((q.state !== 'answered' && !hiddenUnmet) || q.score === null) continue;
    const best = bestScore(q.question);
    if (q.score >= best || q.weight <= 0) continue;
    const gap = (numerator + q.weight * (best - q.score)) / denominator - overall;
    const found: Gap = { question: q.question.id, section: q.sectionId, current: q.score, best, gap, sources: q.question.sources ?? [] };
    if (hiddenUnmet) found.hidden = true;
    gaps.push(found);
    // Rounded once, not inside the comparator: round4 is not cheap.
    stored.push(round4(gap));
    orders.push(q.order);
  }
  // Indexes sorted rather than copies of the gaps without their keys: validate ranks the gaps of every report.
  const ranked = gaps.map((_, i) => i);
  ranked.sort((a, b) => (stored[b] as number) - (stored[a] as number) || (orders[a] as number) - (orders[b] as number));
  return ranked.map((i) => gaps[i] as Gap);
}
