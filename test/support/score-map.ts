import type { ScoreResult } from '../../src/domain/scoring/score.js';

/** Every score of a result, by where it stands: "overall", "section:<id>", "pillar:<id>". */
export function scoreMap(result: ScoreResult): Map<string, number | null> {
  const map = new Map<string, number | null>([['overall', result.overall.score]]);
  for (const s of result.sections) map.set(`section:${s.id}`, s.score);
  for (const p of result.pillars) map.set(`pillar:${p.id}`, p.score);
  return map;
}
