import { describe, expect, it } from 'vitest';
import { Party } from '../../src/domain/schemas/answers.js';
import { partyList, searchParties } from '../../src/io/countries.js';

describe('partyList', () => {
  it('names the States in the chosen language with alpha-3 codes, and offers the European Union', () => {
    const fr = partyList('fr');
    expect(fr.find((e) => e.party.code === 'DEU')?.party).toEqual({ type: 'state', code: 'DEU', name: 'Allemagne' });
    expect(fr.at(-1)?.party).toEqual({ type: 'organization', code: 'EU', name: 'Union européenne' });
    expect(partyList('en').find((e) => e.party.code === 'DEU')?.party.name).toBe('Germany');
    for (const entry of fr) expect(Party.safeParse(entry.party).success).toBe(true);
    expect(fr.length).toBeGreaterThan(240);
  });

  it('falls back to English names for a language it has no names in', () => {
    expect(partyList('es').find((e) => e.party.code === 'FRA')?.party.name).toBe('France');
    expect(partyList('fr-CA').find((e) => e.party.code === 'FRA')?.party.name).toBe('France');
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

  it('ignores accents and case', () => {
    expect(codes(searchParties(fr, 'cote d'))).toContain('CIV');
    expect(codes(searchParties(fr, "côte-d'i"))).toEqual(['CIV']);
    expect(codes(searchParties(fr, 'BENIN'))).toEqual(['BEN']);
    expect(codes(searchParties(fr, 'égy'))).toEqual(['EGY']);
  });

  it('puts names that begin with the term first, then those that contain it', () => {
    const found = codes(searchParties(en, 'kong'));
    // "Hong Kong" has a word beginning with "kong"; none merely contains it, so all come in the first group.
    expect(found).toContain('HKG');
    const land = codes(searchParties(en, 'land'));
    // "Iceland" contains "land" but no word begins with it: it comes after "Åland Islands".
    expect(land.indexOf('ALA')).toBeLessThan(land.indexOf('ISL'));
  });

  it('finds a State by its alpha-3 code or another name, and the EU by its abbreviation', () => {
    expect(codes(searchParties(en, 'usa'))).toContain('USA');
    expect(codes(searchParties(en, 'DEU'))).toEqual(['DEU']);
    expect(codes(searchParties(fr, 'ue'))).toContain('EU');
    expect(codes(searchParties(fr, 'union eur'))).toEqual(['EU']);
  });

  it('returns everything for an empty term, and nothing for nonsense', () => {
    expect(searchParties(fr, '  ')).toHaveLength(fr.length);
    expect(searchParties(fr, 'zzqx')).toEqual([]);
  });
});
