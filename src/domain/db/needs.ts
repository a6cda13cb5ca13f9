import type { Dataset } from './dataset.js';
import { regionOf } from './regions.js';

export interface NeedRow {
  category: string;
  section: string;
  catalogue: string;
  provision: string;
  parties: number;
  mentions: number;
  party_codes: string;
}

/**
 * Assistance needs across States and regions: how many parties ask for each
 * category, in each section and for each provision, and in which UN M49
 * regions they are (organizations are in none).
 */
export function needsView(rows: readonly NeedRow[]): Dataset {
  return {
    name: 'needs',
    columns: ['category', 'section', 'catalogue', 'provision', 'parties', 'mentions', 'regions', 'party_codes'],
    labels: { category: 'category', section: 'section', regions: 'regions' },
    rows: rows.map((r) => {
      const regions = new Set(r.party_codes.split(' ').flatMap((code) => regionOf(code) ?? []));
      return { ...r, regions: [...regions].sort().join(', ') };
    }),
  };
}
