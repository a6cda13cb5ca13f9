import { change, type Dataset } from './dataset.js';
import type { CoreTrendInput } from './trend-core.js';
import type { StateCounts } from '../schemas/report.js';
import { assessedScore } from '../scoring/assessed.js';

export interface TrendInput {
  scores: Array<{
    party_code: string;
    checklist_id: string;
    checklist_version: string;
    period: string;
    level: string;
    item: string;
    position: number;
    score: number | null;
    band: string | null;
    /** State counts of sections and pillars (null overall), as the report states them. */
    answered: number | null;
    dont_know: number | null;
    not_applicable: number | null;
    hidden: number | null;
    unanswered: number | null;
    total: number | null;
  }>;
  submissions: Array<{
    party_code: string;
    checklist_id: string;
    period: string;
    capped: boolean;
    score_band: string | null;
    core_not_met: number;
    core_unknown: number;
    core_total: number;
  }>;
  /** Each core obligation of each current submission (the `core` dataset). */
  core: CoreTrendInput[];
}

/** The state counts of a row, when it has them (sections and pillars). */
function countsOf(s: TrendInput['scores'][number]): StateCounts | undefined {
  const { answered, dont_know, not_applicable, hidden, unanswered, total } = s;
  if (answered === null || dont_know === null || not_applicable === null || hidden === null || unanswered === null || total === null)
    return undefined;
  return { answered, dontKnow: dont_know, notApplicable: not_applicable, hidden, unanswered, total };
}

const LEVEL_ORDER: Record<string, number> = { overall: 0, section: 1, pillar: 2 };

/**
 * Each party's scores over periods: overall (with the band the score alone
 * gives when core obligations capped it, and the core obligations not met or
 * unknown), then sections and pillars; each with its change since the party's
 * previous period on the same checklist.
 */
export function trendView(input: TrendInput): Dataset {
  const facts = new Map(input.submissions.map((s) => [`${s.party_code}\u0000${s.checklist_id}\u0000${s.period}`, s]));
  const sorted = [...input.scores].sort(
    (a, b) =>
      a.party_code.localeCompare(b.party_code) ||
      a.checklist_id.localeCompare(b.checklist_id) ||
      (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) ||
      a.position - b.position ||
      a.item.localeCompare(b.item) ||
      a.period.localeCompare(b.period),
  );
  const rows: Dataset['rows'] = [];
  let previous: (typeof sorted)[number] | undefined;
  const assessed = (s: (typeof sorted)[number]): boolean => assessedScore(s.score, countsOf(s)) !== null;
  for (const s of sorted) {
    const same =
      previous !== undefined &&
      previous.party_code === s.party_code &&
      previous.checklist_id === s.checklist_id &&
      previous.level === s.level &&
      previous.item === s.item;
    const before = same ? previous : undefined;
    const f = s.level === 'overall' ? facts.get(`${s.party_code}\u0000${s.checklist_id}\u0000${s.period}`) : undefined;
    rows.push({
      party: s.party_code,
      checklist: s.checklist_id,
      level: s.level,
      item: s.item,
      period: s.period,
      version: s.checklist_version,
      score: s.score,
      band: s.band,
      assessment: assessed(s) ? 'assessed' : 'not-assessed',
      // No change is measured to or from a period where nothing was assessed.
      change: before && assessed(before) && assessed(s) ? change(before.score, s.score) : null,
      previous_band: before?.band ?? null,
      capped_from: f?.capped ? f.score_band : null,
      core_not_met: f && f.core_total > 0 ? f.core_not_met : null,
      core_unknown: f && f.core_total > 0 ? f.core_unknown : null,
    });
    previous = s;
  }
  return {
    name: 'trend',
    columns: [
      'party',
      'checklist',
      'level',
      'item',
      'period',
      'version',
      'score',
      'band',
      'assessment',
      'change',
      'previous_band',
      'capped_from',
      'core_not_met',
      'core_unknown',
    ],
    rows,
    words: ['level', 'assessment'],
    labels: { item: 'item', band: 'band', previous_band: 'band', capped_from: 'band' },
  };
}
