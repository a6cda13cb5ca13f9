import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/coverage.js';
import { Catalogue } from '../../src/domain/schemas/catalogue.js';
import { Checklist } from '../../src/domain/schemas/checklist.js';
import { ROOT } from '../support/run-cli.js';

/**
 * The provisions each bundled checklist must cover, written out independently
 * of the checklists' own `scope` lists: if a question or a scope entry is
 * dropped, this test fails.
 */
const PROTOCOL_PROVISIONS = [
  '3.a',
  '3.b',
  '3.c',
  '3.d',
  '5.1',
  '5.2.a',
  '5.2.b',
  '5.2.c',
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '6.6',
  '7.1',
  '7.2',
  '8.1',
  '8.2',
  '8.3',
  '8.4',
  '9.1',
  '9.2',
  '9.3',
  '9.4',
  '9.5',
  '10.1',
  '10.2',
  '10.3',
  '11.1',
  '11.2',
  '11.3',
  '11.4',
  '11.5',
  '11.6',
  '12.a',
  '12.b',
  '13',
  '14.1',
  '14.2',
];

/**
 * The Convention's provisions that apply to Protocol offences through art. 1(2)-(3) of the Protocol and
 * that each checklist asks about (catalogue un-toc), written out independently of the checklists.
 */
const CONVENTION_PROVISIONS_FOR_PROTOCOL = [
  '5.1',
  '6.2.b',
  '8.1',
  '8.3',
  '9.1',
  '10.1',
  '10.4',
  '11.1',
  '11.5',
  '12.1',
  '12.2',
  '13.1',
  '15.1',
  '15.3',
  '16.1',
  '16.3',
  '16.10',
  '18.1',
  '20.1',
  '23.a',
  '23.b',
  '24.1',
  '24.4',
  '25.2',
  '34.2',
];

const CONVENTION_PROVISIONS_FOR_WG_2009 = ['5.1', '6.2.b', '8.1', '13.1', '13.2', '16.1', '16.3', '18.1', '20.1', '23.a', '24.1', '24.4'];

const WG_2009_RECOMMENDATIONS = [
  '2',
  '3',
  '6.a',
  '6.b',
  '8.a',
  '8.b',
  '8.c',
  '8.d',
  '9',
  '11.a',
  '11.b',
  '12.a',
  '12.b',
  '13.a',
  '13.b',
  '13.c',
  '13.d',
  '13.e',
  '13.f',
  '13.g',
  '13.h',
  '14',
  '15',
  '17.a',
  '17.b',
  '24.a',
  '24.b',
  '24.c',
];

const OUT_OF_SCOPE_RECOMMENDATIONS = ['4', '5', '7', '10', '16', '18', '19', '20', '21', '22', '23'];

function load<T>(schema: { parse(data: unknown): T }, file: string): T {
  return schema.parse(parse(readFileSync(path.join(ROOT, file), 'utf8')));
}

const catalogues = new Map([
  ['un-tip-protocol', load(Catalogue, 'checklists/instruments/un-tip-protocol.yaml')],
  ['un-wg-tip-2009', load(Catalogue, 'checklists/instruments/un-wg-tip-2009.yaml')],
  ['un-toc', load(Catalogue, 'checklists/instruments/un-toc.yaml')],
]);

describe.each([
  ['checklists/tip-protocol.yaml', 'un-tip-protocol', PROTOCOL_PROVISIONS],
  ['checklists/tip-wg-2009.yaml', 'un-wg-tip-2009', WG_2009_RECOMMENDATIONS],
  ['checklists/tip-protocol.yaml', 'un-toc', CONVENTION_PROVISIONS_FOR_PROTOCOL],
  ['checklists/tip-wg-2009.yaml', 'un-toc', CONVENTION_PROVISIONS_FOR_WG_2009],
])('%s (%s)', (file, catalogueId, required) => {
  const checklist = load(Checklist, file);
  const coverage = computeCoverage(checklist, catalogues).find((c) => c.catalogue === catalogueId);

  it('declares exactly the required provisions as its scope', () => {
    const use = checklist.catalogues?.find((c) => c.id === catalogueId);
    expect([...(use?.scope ?? [])].sort()).toEqual([...required].sort());
  });

  it.each(required)('covers %s with a scored question', (provision) => {
    const entry = coverage?.provisions.find((p) => p.path === provision);
    expect(entry, `provision ${provision} missing from the catalogue`).toBeDefined();
    expect(entry?.coveredBy.length, `no scored question covers ${provision}`).toBeGreaterThan(0);
  });

  it('has every text in English and French', () => {
    expect(checklist.languages).toEqual(['en', 'fr']);
  });
});

describe('the Working Group checklist', () => {
  const checklist = load(Checklist, 'checklists/tip-wg-2009.yaml');
  it('asks nothing scored of recommendations addressed to the Secretariat or the Conference', () => {
    const scoredCitations = checklist.sections
      .flatMap((s) => s.questions)
      .filter((q) => (q.weight ?? 1) > 0)
      .flatMap((q) => (q.sources ?? []).filter((s) => s.catalogue === 'un-wg-tip-2009').map((s) => s.provision.split('.')[0]));
    for (const paragraph of OUT_OF_SCOPE_RECOMMENDATIONS) expect(scoredCitations).not.toContain(paragraph);
  });
});

describe('the optional questions on the status of the ratification process (recommendation para. 4)', () => {
  it.each(['checklists/tip-protocol.yaml', 'checklists/tip-wg-2009.yaml'])('in %s are optional, informational and conditional', (file) => {
    const checklist = load(Checklist, file);
    const ratification = checklist.sections
      .flatMap((s) => s.questions)
      .filter((q) => (q.sources ?? []).some((s) => s.catalogue === 'un-wg-tip-2009' && s.provision === '4'));
    expect(ratification.length).toBeGreaterThanOrEqual(3);
    for (const q of ratification) {
      expect(q.optional, q.id).toBe(true);
      expect(q.weight, q.id).toBe(0);
      expect(q.when, q.id).toBeDefined();
    }
    expect(ratification.some((q) => q.type === 'multiple' && (q.options ?? []).some((o) => o.withText))).toBe(true);
  });
});
