// The package's main entry registers every one of its ~80 locales (1 MB); its plain index registers none.
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { Party } from '../domain/schemas/answers.js';
import { foldForSearch } from '../domain/walk/fold.js';

// Registered from imported JSON, not found at run time, so that the bundle carries them.
countries.registerLocale(en);
countries.registerLocale(fr);

/** A party the respondent may answer for, with the names it can be found by. */
export interface PartyEntry {
  party: Party;
  /** Other names it goes by in the chosen language (e.g. "USA"), for searching. */
  aliases: string[];
}

const EU_NAMES: Record<string, string> = { en: 'European Union', fr: 'Union européenne' };
// Kosovo's "XK" is a user-assigned code, not part of ISO 3166-1.
const NOT_ISO = new Set(['XK']);

function namesIn(language: string): Record<string, string | string[]> {
  const base = language.toLowerCase().split('-')[0] ?? 'en';
  return countries.getNames(base === 'fr' ? 'fr' : 'en', { select: 'all' });
}

/**
 * The States of ISO 3166-1 (alpha-3 codes) named in the chosen language (English
 * for languages the package is not given here), sorted as that language sorts,
 * followed by the European Union as a regional economic integration organization.
 */
export function partyList(language: string): PartyEntry[] {
  const base = language.toLowerCase().split('-')[0] === 'fr' ? 'fr' : 'en';
  const states: PartyEntry[] = [];
  for (const [alpha2, all] of Object.entries(namesIn(base))) {
    const code = countries.alpha2ToAlpha3(alpha2);
    const names = Array.isArray(all) ? all : [all];
    const [name, ...aliases] = names;
    if (NOT_ISO.has(alpha2) || !code || !name) continue;
    states.push({ party: { type: 'state', code, name }, aliases });
  }
  const collator = new Intl.Collator(base);
  states.sort((a, b) => collator.compare(a.party.name, b.party.name));
  const eu: PartyEntry = { party: { type: 'organization', code: 'EU', name: EU_NAMES[base] ?? 'European Union' }, aliases: ['EU', 'UE'] };
  return [...states, eu];
}

/** Accents, case and punctuation ignored: "Côte-d'Ivoire" is found by "cote d ivoire" as by "côte-d". */
function searchKey(text: string): string {
  return foldForSearch(text).replace(/[\s'’\-.,()]+/g, ' ').trim();
}

/**
 * Entries whose name, alias or code contains the term, ignoring accents, case
 * and punctuation; names with a word that begins with it come first. An empty
 * term returns them all.
 */
export function searchParties(entries: readonly PartyEntry[], term: string): PartyEntry[] {
  const wanted = searchKey(term);
  if (wanted === '') return [...entries];
  const starts: PartyEntry[] = [];
  const contains: PartyEntry[] = [];
  for (const entry of entries) {
    const names = [entry.party.name, ...entry.aliases].map(searchKey);
    if (names.some((n) => n.startsWith(wanted) || n.includes(` ${wanted}`))) starts.push(entry);
    else if (names.some((n) => n.includes(wanted)) || entry.party.code.toLowerCase() === wanted) contains.push(entry);
  }
  return [...starts, ...contains];
}
