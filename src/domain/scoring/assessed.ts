import type { StateCounts } from '../schemas/report.js';

/**
 * The score to print for a section or pillar, or null for "not assessed":
 * its stored score is null (nothing in it is scorable), or none of its
 * questions has an answer yet (all still unanswered, by the report's state
 * counts). Such a group's stored score is 0, but printed as 0 it would say
 * "assessed, and nothing is in place" of questions nobody has answered
 * (docs/scoring.md, § 3, "Not assessed").
 */
export function assessedScore(score: number | null, counts: StateCounts | undefined): number | null {
  if (score === null || counts === undefined) return score;
  const answered = counts.answered + counts.dontKnow + counts.notApplicable;
  return answered === 0 && counts.unanswered > 0 ? null : score;
}
