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
  const found: Unknown[] = [];
  // Beside each unknown, its rank keys: the gain as stored, and the question's place in the checklist.
  const stored: number[] = [];
  const orders: number[] = [];
  for (const q of result.questions) {
    if ((q.state !== 'dont-know' && q.state !== 'unanswered') || q.score === null || q.weight <= 0) continue;
    const best = bestScore(q.question);
    if (best <= 0) continue;
    // Already in the denominator with 0: only its own term of the numerator changes.
    const gain = (q.weight * best) / denominator;
    found.push({ question: q.question.id, section: q.sectionId, state: q.state, best, gain, sources: q.question.sources ?? [] });
    stored.push(round4(gain));
    orders.push(q.order);
  }
  // Indexes sorted rather than copies without the rank keys (as findGaps).
  const ranked = found.map((_, i) => i);
  ranked.sort((a, b) => (stored[b] as number) - (stored[a] as number) || (orders[a] as number) - (orders[b] as number));
  return ranked.map((i) => found[i] as Unknown);
}
