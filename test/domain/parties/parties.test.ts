import { describe, expect, it } from 'vitest';
import { findParty, isNameOf, namedParty, PARTIES, PARTY_SOURCE, partyList, searchParties } from '../../../src/domain/parties/parties.js';
import { Party } from '../../../src/domain/schemas/answers.js';

const OFFICIAL_FR: Record<string, string> = {
  CIV: "Côte d'Ivoire",
  KOR: 'République de Corée',
  VNM: 'Viet Nam',
  SWZ: 'Eswatini',
  TUR: 'Türkiye',
  CZE: 'Tchéquie',
  GBR: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
  LAO: 'République démocratique populaire lao',
  BOL: 'Bolivie (État plurinational de)',
  VEN: 'Venezuela (République bolivarienne du)',
  IRN: "Iran (République islamique d')",
  FSM: 'Micronésie (États fédérés de)',
  MDA: 'République de Moldova',
  TZA: 'République-Unie de Tanzanie',
  RUS: 'Fédération de Russie',
  SYR: 'République arabe syrienne',
  NLD: 'Pays-Bas (Royaume des)',
  PSE: 'État de Palestine',
  VAT: 'Saint-Siège',
};

describe('the parties data', () => {
  it('holds the 193 States Members of the United Nations and the 2 non-member observer States, once each', () => {
    const states = PARTIES.filter((p) => p.type === 'state');
    expect(states).toHaveLength(195);
    expect(states.filter((p) => p.status === 'member')).toHaveLength(193);
    expect(
      states
        .filter((p) => p.status === 'observer')
        .map((p) => p.code)
        .sort(),
    ).toEqual(['PSE', 'VAT']);
    expect(new Set(states.map((p) => p.code)).size).toBe(195);
    expect(PARTY_SOURCE.source).toMatch(/un\.org/);
    expect(PARTY_SOURCE.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names States as the United Nations does, in French and in English', () => {
    for (const [code, name] of Object.entries(OFFICIAL_FR)) expect(findParty('state', code)?.name.fr).toBe(name);
    expect(findParty('state', 'KOR')?.name.en).toBe('Republic of Korea');
    expect(findParty('state', 'NLD')?.name.en).toBe('Netherlands (Kingdom of the)');
    expect(findParty('state', 'VAT')?.name.en).toBe('Holy See');
  });

  it('offers no territory that is not a State (Åland, Antarctica, Hong Kong)', () => {
    for (const code of ['ALA', 'ATA', 'HKG', 'PRI', 'GRL']) expect(findParty('state', code)).toBeUndefined();
  });
});

describe('partyList', () => {
  it('names the States in the chosen language with alpha-3 codes, then the European Union', () => {
    const fr = partyList('fr');
    expect(fr.find((e) => e.party.code === 'DEU')?.party).toEqual({ type: 'state', code: 'DEU', name: 'Allemagne' });
    expect(fr.at(-1)?.party).toEqual({ type: 'organization', code: 'EU', name: 'Union européenne' });
    expect(partyList('en').find((e) => e.party.code === 'DEU')?.party.name).toBe('Germany');
    for (const entry of fr) expect(Party.safeParse(entry.party).success).toBe(true);
    expect(fr).toHaveLength(196);
  });

  it('falls back to English names for a language it has no names in', () => {
    expect(partyList('es').find((e) => e.party.code === 'CIV')?.party.name).toBe("Côte d'Ivoire");
    expect(partyList('es').find((e) => e.party.code === 'DEU')?.party.name).toBe('Germany');
    expect(partyList('fr-CA').find((e) => e.party.code === 'DEU')?.party.name).toBe('Allemagne');
  });

  it('sorts names as the language does (accents do not send a name to the end)', () => {
    const names = partyList('fr').map((e) => e.party.name);
    expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Équateur'));
    expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Zambie'));
  });
});

describe('searchParties', () => {
  const fr = partyList('fr');
  const en = partyList('en');
  const codes = (entries: ReturnType<typeof partyList>) => entries.map((e) => e.party.code);

  it('finds a State by either of its names, accents, case and punctuation ignored', () => {
    expect(codes(searchParties(fr, 'république de corée'))).toEqual(['KOR']);
    expect(codes(searchParties(fr, 'republique de coree'))).toEqual(['KOR']);
    // "Democratic People's Republic of Korea" contains the term too, after the exact name.
    expect(codes(searchParties(fr, 'Republic of Korea'))).toEqual(['KOR', 'PRK']);
    expect(codes(searchParties(en, 'sénégal'))).toEqual(['SEN']);
    expect(codes(searchParties(fr, "côte-d'i"))).toEqual(['CIV']);
    expect(codes(searchParties(fr, 'cote d ivoire'))).toEqual(['CIV']);
    expect(codes(searchParties(fr, 'BENIN'))).toEqual(['BEN']);
  });

  it('finds a State by the name people use when the United Nations uses another', () => {
    expect(codes(searchParties(fr, 'corée du sud'))).toEqual(['KOR']);
    expect(codes(searchParties(fr, 'vietnam'))).toEqual(['VNM']);
    expect(codes(searchParties(en, 'turkey'))).toEqual(['TUR']);
    expect(codes(searchParties(en, 'usa'))).toContain('USA');
  });

  it('puts the State whose code is typed first, then names with a word that begins with the term', () => {
    expect(codes(searchParties(en, 'DEU'))).toEqual(['DEU']);
    expect(codes(searchParties(en, 'sen'))[0]).toBe('SEN');
    // The exact name first, then "Equatorial Guinea", "Guinea-Bissau", "Papua New Guinea", whose words begin with it.
    const guinea = codes(searchParties(en, 'guinea'));
    expect(guinea.slice(0, 1)).toEqual(['GIN']);
    expect(guinea.indexOf('GNQ')).toBeGreaterThan(0);
    expect(codes(searchParties(fr, 'ue'))).toContain('EU');
    expect(codes(searchParties(fr, 'union eur'))).toEqual(['EU']);
  });

  it('returns everything for an empty term, and nothing for nonsense', () => {
    expect(searchParties(fr, '  ')).toHaveLength(fr.length);
    expect(searchParties(fr, 'zzqx')).toEqual([]);
  });
});

describe('names and codes', () => {
  it('knows a name in either language, or another name, as a name of the code', () => {
    const sen = findParty('state', 'SEN');
    expect(sen && isNameOf(sen, 'Senegal')).toBe(true);
    expect(sen && isNameOf(sen, 'SÉNÉGAL')).toBe(true);
    expect(sen && isNameOf(sen, 'Mali')).toBe(false);
  });

  it('names a party from the data in the language asked, and keeps an unknown organization as written', () => {
    expect(namedParty({ type: 'state', code: 'SEN', name: 'Senegal' }, 'fr')).toEqual({ type: 'state', code: 'SEN', name: 'Sénégal' });
    expect(namedParty({ type: 'organization', code: 'EU', name: 'EU' }, 'en').name).toBe('European Union');
    const other = { type: 'organization', code: 'ECOWAS', name: 'ECOWAS' } as const;
    expect(namedParty(other, 'fr')).toEqual(other);
  });
});
