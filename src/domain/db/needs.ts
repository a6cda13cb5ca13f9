import type { Dataset } from './dataset.js';

export interface NeedRow {
  category: string;
  section: string;
  catalogue: string;
  provision: string;
  parties: number;
  mentions: number;
  party_codes: string;
}

/** Assistance needs across States: how many parties ask for each category, in each section and for each provision. */
export function needsView(rows: readonly NeedRow[]): Dataset {
  return {
    name: 'needs',
    columns: ['category', 'section', 'catalogue', 'provision', 'parties', 'mentions', 'party_codes'],
    rows: rows.map((r) => ({ ...r })),
  };
}
