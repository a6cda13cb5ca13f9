import type { Dataset } from './dataset.js';

export type MatrixInput = Array<{
  party_code: string;
  checklist_id: string;
  period: string;
  catalogue: string;
  provision: string;
  question: string;
  state: string;
  score: number;
  weight: number;
}>;

export type ProvisionStatus = 'met' | 'partly' | 'not-met' | 'unknown';

const UNKNOWN_STATES = new Set(['dont-know', 'unanswered']);

/**
 * How far a party implements a provision, from the scored questions that
 * cite it: unknown when every one is "don't know" or unanswered; otherwise
 * their weighted score (unknowns counting 0, as in the report): 1 met,
 * 0 not met, anything between partly.
 */
export function provisionStatus(answers: ReadonlyArray<{ state: string; score: number; weight: number }>): ProvisionStatus | null {
  if (answers.length === 0) return null;
  if (answers.every((a) => UNKNOWN_STATES.has(a.state))) return 'unknown';
  const weight = answers.reduce((sum, a) => sum + a.weight, 0);
  const mean =
    weight === 0 ? answers.reduce((s, a) => s + a.score, 0) / answers.length : answers.reduce((s, a) => s + a.score * a.weight, 0) / weight;
  if (mean >= 1 - 1e-9) return 'met';
  if (mean <= 1e-9) return 'not-met';
  return 'partly';
}

function compareProvisions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Parties × provisions. Without --cycle each party's latest period per
 * checklist is used; the column says which.
 */
export function matrixView(input: MatrixInput): Dataset {
  const latest = new Map<string, string>();
  for (const r of input) {
    const k = `${r.party_code}\u0000${r.checklist_id}`;
    const seen = latest.get(k);
    if (seen === undefined || r.period > seen) latest.set(k, r.period);
  }
  const used = input.filter((r) => latest.get(`${r.party_code}\u0000${r.checklist_id}`) === r.period);
  const parties = [...new Set(used.map((r) => r.party_code))].sort();
  // One pass: provision → party → answers (the matrix of 10,000 reports is built in linear time).
  const provisions = new Map<string, { catalogue: string; provision: string; byParty: Map<string, typeof used> }>();
  for (const r of used) {
    const k = `${r.catalogue} ${r.provision}`;
    let entry = provisions.get(k);
    if (!entry) provisions.set(k, (entry = { catalogue: r.catalogue, provision: r.provision, byParty: new Map() }));
    const list = entry.byParty.get(r.party_code);
    if (list) list.push(r);
    else entry.byParty.set(r.party_code, [r]);
  }
  const rows = [...provisions.entries()]
    .sort(([a], [b]) => compareProvisions(a, b))
    .map(([, entry]) => {
      const row: Dataset['rows'][number] = { catalogue: entry.catalogue, provision: entry.provision };
      const counts = { met: 0, partly: 0, 'not-met': 0, unknown: 0 };
      for (const party of parties) {
        const status = provisionStatus(entry.byParty.get(party) ?? []);
        row[party] = status;
        if (status !== null) counts[status]++;
      }
      return { ...row, ...counts };
    });
  return {
    name: 'matrix',
    columns: ['catalogue', 'provision', ...parties, 'met', 'partly', 'not-met', 'unknown'],
    rows,
    words: parties,
  };
}
