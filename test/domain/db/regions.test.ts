import { describe, expect, it } from 'vitest';
import { needsView } from '../../../src/domain/db/needs.js';
import { findRegion, regionOf } from '../../../src/domain/db/regions.js';

describe('UN M49 regions', () => {
  it('finds a region by code or by name, with the ISO codes of its countries at any depth', () => {
    const africa = findRegion('002');
    expect(africa?.name).toBe('Africa');
    expect(africa?.parties).toEqual(expect.arrayContaining(['KEN', 'SEN']));
    expect(africa?.parties).not.toContain('FRA');
    expect(findRegion('sub-saharan  africa')?.parties).toContain('KEN');
    expect(findRegion('150')?.parties).toEqual(expect.arrayContaining(['FRA', 'GBR']));
    expect(findRegion('2')?.code).toBe('002');
  });

  it('knows no country as a region, and no made-up name', () => {
    expect(findRegion('France')).toBeNull();
    expect(findRegion('Atlantis')).toBeNull();
  });
});

describe('needs across regions', () => {
  it('says in which regions the parties asking for a need are', () => {
    expect(regionOf('KEN')).toBe('Africa');
    expect(regionOf('PHL')).toBe('Asia');
    expect(regionOf('EU')).toBeNull();
    const [row] = needsView([
      { category: 'training', section: 's', catalogue: 'c', provision: '5.1', parties: 4, mentions: 4, party_codes: 'EU FRA KEN SEN' },
    ]).rows;
    expect(row?.['regions']).toBe('Africa, Europe');
  });
});
