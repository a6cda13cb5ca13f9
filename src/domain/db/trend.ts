import { change, type Dataset } from './dataset.js';
import type { CoreTrendInput } from './trend-core.js';

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
  for (const s of sorted) {
    const same = previous !== undefined && previous.party_code === s.party_code && previous.checklist_id === s.checklist_id && previous.level === s.level && previous.item === s.item;
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
      change: change(before?.score, s.score),
      previous_band: before?.band ?? null,
      capped_from: f?.capped ? f.score_band : null,
      core_not_met: f && f.core_total > 0 ? f.core_not_met : null,
      core_unknown: f && f.core_total > 0 ? f.core_unknown : null,
    });
    previous = s;
  }
  return {
    name: 'trend',
    columns: ['party', 'checklist', 'level', 'item', 'period', 'version', 'score', 'band', 'change', 'previous_band', 'capped_from', 'core_not_met', 'core_unknown'],
    rows,
    words: ['level'],
  };
}
