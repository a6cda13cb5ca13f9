import type { Party } from '../schemas/answers.js';
import { foldForSearch } from '../walk/fold.js';
import data from './un-states.json' with { type: 'json' };
import order from './party-order.generated.json' with { type: 'json' };

/** Languages the party names are given in; any other language is named in English. */
type NameLanguage = 'en' | 'fr';

/** One State or organization of the data, with its names in every language given. */
export interface PartyRecord {
  type: Party['type'];
  code: string;
  /** Member of the United Nations, non-member observer State, or regional economic integration organization. */
  status: 'member' | 'observer' | 'organization';
  name: Record<NameLanguage, string>;
  /** Other names people write (former, usual or abbreviated), in either language, for searching and checking. */
  aliases: readonly string[];
}

/** Where the names come from, for the documentation and the report's readers. */
export const PARTY_SOURCE = { source: data.source, retrieved: data.retrieved } as const;

const STATES: readonly PartyRecord[] = data.states.map((s) => ({
  type: 'state',
  code: s.code,
  status: s.status === 'observer' ? 'observer' : 'member',
  name: { en: s.name.en, fr: s.name.fr },
  aliases: s.aliases ?? [],
}));

// Regional economic integration organizations may be parties to the Protocol (art. 16 of the Convention it supplements).
const ORGANIZATIONS: readonly PartyRecord[] = [
  {
    type: 'organization',
    code: 'EU',
    status: 'organization',
    name: { en: 'European Union', fr: 'Union européenne' },
    aliases: ['EU', 'UE'],
  },
];

export const PARTIES: readonly PartyRecord[] = [...STATES, ...ORGANIZATIONS];

const BY_CODE = new Map(PARTIES.map((p) => [`${p.type}:${p.code}`, p]));

function nameLanguage(language: string): NameLanguage {
  return language.toLowerCase().split(/[-_]/)[0] === 'fr' ? 'fr' : 'en';
}

/** The record of a party by type and code (ISO 3166-1 alpha-3 for States), or undefined. */
export function findParty(type: Party['type'], code: string): PartyRecord | undefined {
  return BY_CODE.get(`${type}:${code.toUpperCase()}`);
}

/** The party as the data names it in `language`; a code the data does not know keeps the name written. */
export function namedParty(party: Party, language: string): Party {
  const record = findParty(party.type, party.code);
  return record ? { ...party, code: record.code, name: record.name[nameLanguage(language)] } : party;
}

/** A party the respondent may answer for, with the names it can be found by. */
export interface PartyEntry {
  party: Party;
  /** Its names in the other languages, and others it goes by (e.g. "USA"), for searching. */
  aliases: string[];
}

/**
 * The States Members of the United Nations and the non-member observer States,
 * named in the chosen language (English for languages the data has no names in),
 * sorted as that language sorts, then the regional economic integration organizations.
 */
export function partyList(language: string): PartyEntry[] {
  const lang = nameLanguage(language);
  const entry = (p: PartyRecord): PartyEntry => ({
    party: { type: p.type, code: p.code, name: p.name[lang] },
    aliases: [...Object.values(p.name).filter((n) => n !== p.name[lang]), ...p.aliases],
  });
  return [...sortedStates(lang).map(entry), ...ORGANIZATIONS.map(entry)];
}

const STATE_BY_CODE = new Map(STATES.map((s) => [s.code, s]));

/**
 * The States sorted by their names in `lang`: the order computed at build time
 * (scripts/generate-party-order.mjs; creating a collator loads ICU's collation
 * data, the slowest step of `assess`'s first prompt), or, should it not cover
 * exactly the States of the data, the collator's.
 */
function sortedStates(lang: NameLanguage): PartyRecord[] {
  const codes = order[lang];
  const states = codes.flatMap((code) => STATE_BY_CODE.get(code) ?? []);
  if (states.length === STATES.length && new Set(codes).size === STATES.length) return states;
  const collator = new Intl.Collator(lang);
  return [...STATES].sort((a, b) => collator.compare(a.name[lang], b.name[lang]));
}

/** Accents, case and punctuation ignored: "Côte d'Ivoire" is found by "cote d ivoire" as by "côte-d". */
export function searchKey(text: string): string {
  return foldForSearch(text)
    .replace(/[\s'’\-.,()]+/g, ' ')
    .trim();
}

/**
 * Entries whose name, alias or code contains the term, ignoring accents, case
 * and punctuation; an exact code or name first, then names with a word that begins
 * with the term. An empty term returns them all; no match, an empty list.
 */
export function searchParties(entries: readonly PartyEntry[], term: string): PartyEntry[] {
  const wanted = searchKey(term);
  if (wanted === '') return [...entries];
  const exact: PartyEntry[] = [];
  const starts: PartyEntry[] = [];
  const contains: PartyEntry[] = [];
  for (const entry of entries) {
    const names = [entry.party.name, ...entry.aliases].map(searchKey);
    if (entry.party.code.toLowerCase() === wanted || names.includes(wanted)) exact.push(entry);
    else if (names.some((n) => n.startsWith(wanted) || n.includes(` ${wanted}`))) starts.push(entry);
    else if (names.some((n) => n.includes(wanted))) contains.push(entry);
  }
  return [...exact, ...starts, ...contains];
}

/** Whether `name` is one of the names of the record, in any language, accents, case and punctuation ignored. */
export function isNameOf(record: PartyRecord, name: string): boolean {
  const key = searchKey(name);
  return [...Object.values(record.name), ...record.aliases, record.code].some((n) => searchKey(n) === key);
}
