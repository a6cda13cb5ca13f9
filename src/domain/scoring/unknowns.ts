import type { SourceReference } from '../schemas/checklist.js';
import { bestScore } from './question-score.js';
import { round4, weightedSums, type ScoreResult } from './score.js';

export interface Unknown {
  question: string;
  section: string;
  state: 'dont-know' | 'unanswered';
  /** Score of the best possible answer (unrounded). */
  best: number;
  /** How much the overall score would rise with the best answer to this question alone (unrounded). */
  gain: number;
  sources: SourceReference[];
}

/**
 * The scored questions the State does not know, or has not answered: they
 * count 0, like a "no", but a gap list of answered questions alone would hide
 * them. Ranked like gaps: by the gain as stored, then in checklist order.
 */
export function findUnknowns(result: ScoreResult): Unknown[] {
  const { denominator } = weightedSums(result.questions);
  if (denominator <= 0) return [];
  const found: Array<Unknown & { order: number; stored: number }> = [];
  for (const q of result.questions) {
    if ((q.state !== 'dont-know' && q.state !== 'unanswered') || q.score === null || q.weight <= 0) continue;
    const best = bestScore(q.question);
    if (best <= 0) continue;
    // Already in the denominator with 0: only its own term of the numerator changes.
    const gain = (q.weight * best) / denominator;
    found.push({
      question: q.question.id,
      section: q.sectionId,
      state: q.state,
      best,
      gain,
      sources: q.question.sources ?? [],
      order: q.order,
      stored: round4(gain),
    });
  }
  found.sort((a, b) => b.stored - a.stored || a.order - b.order);
  return found.map(({ order: _order, stored: _stored, ...unknown }) => unknown);
}
