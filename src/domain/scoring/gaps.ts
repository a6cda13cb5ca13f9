import type { SourceReference } from '../schemas/checklist.js';
import { bestScore } from './question-score.js';
import { round4, weightedMean, type ScoreResult, type ScoredQuestion } from './score.js';

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
}

/**
 * The answered questions that could score higher, ranked by how much the
 * overall score would rise if each alone got its best answer — every other
 * answer, and the visibility of every question, left as they are. Ranked by
 * the gap as stored (4 decimals) so that equal printed gaps stay in checklist
 * order rather than in the order of their binary noise.
 */
export function findGaps(result: ScoreResult): Gap[] {
  const overall = result.overall.score;
  if (overall === null) return [];
  const gaps: Array<Gap & { order: number }> = [];
  for (const q of result.questions) {
    if (q.state !== 'answered' || q.score === null) continue;
    const best = bestScore(q.question);
    if (q.score >= best) continue;
    const improved = result.questions.map((other): ScoredQuestion => (other === q ? { ...other, score: best } : other));
    const gap = (weightedMean(improved) ?? overall) - overall;
    gaps.push({
      question: q.question.id,
      section: q.sectionId,
      current: q.score,
      best,
      gap,
      sources: q.question.sources ?? [],
      order: q.order,
    });
  }
  gaps.sort((a, b) => round4(b.gap) - round4(a.gap) || a.order - b.order);
  return gaps.map(({ order: _order, ...gap }) => gap);
}
