import type { Dataset } from './dataset.js';

/** One core obligation of one current submission, as the store holds it (view v_core). */
export interface CoreTrendInput {
  party_code: string;
  checklist_id: string;
  checklist_version: string;
  period: string;
  position: number;
  question: string;
  section: string;
  status: string;
  caps_band: boolean;
}

/**
 * How an obligation's status moved since the party's previous period:
 * `improved` when it became met, `worsened` when it no longer is, `unchanged`,
 * and `changed` between statuses neither of which is met (not met, unknown,
 * not applicable), which are not better or worse than one another.
 */
export type CoreChange = 'improved' | 'worsened' | 'unchanged' | 'changed';

export function coreChange(before: string, after: string): CoreChange {
  if (before === after) return 'unchanged';
  if (after === 'met') return 'improved';
  if (before === 'met') return 'worsened';
  return 'changed';
}

/**
 * Each core obligation's status per party and period (met, not met, unknown,
 * not applicable), with the status of the party's previous period on the same
 * checklist and how it moved. An obligation the previous period's checklist
 * did not name has no previous status and no change.
 */
export function coreTrendView(input: readonly CoreTrendInput[]): Dataset {
  const sorted = [...input].sort(
    (a, b) =>
      a.party_code.localeCompare(b.party_code) ||
      a.checklist_id.localeCompare(b.checklist_id) ||
      a.period.localeCompare(b.period) ||
      a.position - b.position ||
      a.question.localeCompare(b.question),
  );
  // Periods of each party and checklist, in order: the previous period is the one before, whatever it named.
  const periods = new Map<string, string[]>();
  const status = new Map<string, string>();
  for (const c of sorted) {
    const key = `${c.party_code}\u0000${c.checklist_id}`;
    const list = periods.get(key) ?? [];
    if (list[list.length - 1] !== c.period) list.push(c.period);
    periods.set(key, list);
    status.set(`${key}\u0000${c.period}\u0000${c.question}`, c.status);
  }
  const rows: Dataset['rows'] = sorted.map((c) => {
    const key = `${c.party_code}\u0000${c.checklist_id}`;
    const list = periods.get(key) ?? [];
    const previousPeriod = list[list.indexOf(c.period) - 1];
    const before = previousPeriod === undefined ? undefined : status.get(`${key}\u0000${previousPeriod}\u0000${c.question}`);
    return {
      party: c.party_code,
      checklist: c.checklist_id,
      obligation: c.question,
      section: c.section,
      period: c.period,
      version: c.checklist_version,
      status: c.status,
      previous_status: before ?? null,
      core_change: before === undefined ? null : coreChange(before, c.status),
      caps_band: c.caps_band,
    };
  });
  return {
    name: 'core',
    columns: ['party', 'checklist', 'obligation', 'section', 'period', 'version', 'status', 'previous_status', 'core_change', 'caps_band'],
    rows,
    words: ['status', 'previous_status', 'core_change'],
    labels: { section: 'section', caps_band: 'band' },
  };
}
