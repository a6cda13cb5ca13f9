import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Report } from '../../../src/domain/schemas/report.js';
import { sameJson } from '../../../src/domain/validate/compare-report.js';
import { sameCore, sameCounts, sameGap, sameItems, sameMissing, sameNeed, sameUnknown } from '../../../src/domain/validate/same-items.js';

/*
 * The comparisons written member by member agree with sameJson on any two
 * values of the report's schema: pairs drawn from few values (so that many
 * are equal) and pairs of a value and a copy with one member changed, added
 * or removed where the schema allows it.
 */
const id = fc.constantFrom('a', 'b', 'art3-a', 'definitions');
const score = fc.constantFrom(0, 0.25, 0.5, 1, 0.0144, 0.0145);
const count = fc.nat({ max: 3 });
const source = fc.record({ catalogue: fc.constantFrom('un-tip-protocol', 'untoc'), provision: fc.constantFrom('3.a', '5.1', '6') });
const sources = fc.array(source, { maxLength: 3 });
const counts = fc.record({
  answered: count,
  dontKnow: count,
  notApplicable: count,
  hidden: count,
  unanswered: count,
  total: count,
});
const gap = fc.record(
  { question: id, section: id, current: score, best: score, gap: score, sources, hidden: fc.constant(true as const) },
  { requiredKeys: ['question', 'section', 'current', 'best', 'gap', 'sources'] },
);
const unknown = fc.record({
  question: id,
  section: id,
  state: fc.constantFrom('dont-know' as const, 'unanswered' as const),
  best: score,
  gain: score,
  sources,
});
const core = fc.record({
  question: id,
  section: id,
  status: fc.constantFrom('met' as const, 'not-met' as const, 'unknown' as const, 'not-applicable' as const),
  sources,
});
const need = fc.record({ category: id, questions: fc.array(id, { minLength: 1, maxLength: 3 }) });
const missing = fc.record({ question: id, section: id });

/** A deep copy of a value, sharing nothing with it (a report read from its text shares nothing with the checklist). */
const copied = <T>(value: T): T => structuredClone(value);

/** The value with one member (at any depth) set to another value drawn from `other`, or left out when optional. */
function altered<T extends object>(value: T, other: T, pick: number): T {
  const copy = copied(value) as Record<string, unknown>;
  const keys = Object.keys(other);
  const key = keys[pick % keys.length] as string;
  copy[key] = copied((other as Record<string, unknown>)[key]);
  if ('hidden' in copy && pick % 7 === 0) delete copy['hidden'];
  return copy as T;
}

function agrees<T extends object>(name: string, arbitrary: fc.Arbitrary<T>, same: (a: T, b: T) => boolean): void {
  it(`${name} agrees with sameJson`, () => {
    fc.assert(
      fc.property(arbitrary, arbitrary, fc.nat(), (a, b, pick) => {
        expect(same(a, b)).toBe(sameJson(a, b));
        expect(same(a, copied(a))).toBe(true);
        const changed = altered(a, b, pick);
        expect(same(a, changed)).toBe(sameJson(a, changed));
        expect(same(changed, a)).toBe(sameJson(changed, a));
        expect(sameItems([a, b], [a, changed], same)).toBe(sameJson([a, b], [a, changed]));
      }),
      { numRuns: 1500 },
    );
  });
}

describe("member-by-member comparisons of a report's lists", () => {
  agrees('sameCounts', counts, sameCounts);
  agrees('sameGap', gap, sameGap);
  agrees('sameUnknown', unknown, sameUnknown);
  agrees('sameCore', core, sameCore);
  agrees('sameNeed', need, sameNeed);
  agrees('sameMissing', missing, sameMissing);

  it('lists of different lengths differ', () => {
    expect(sameItems([1], [1, 1], (a, b) => a === b)).toBe(false);
    expect(sameItems([], [], (a, b) => a === b)).toBe(true);
  });

  it('know every member the schema gives these objects (a new member must be compared too)', () => {
    const shape = Report.shape;
    const keys = (object: { shape: Record<string, unknown> }): string[] => Object.keys(object.shape).sort();
    expect(keys(shape.gaps.element)).toEqual(['best', 'current', 'gap', 'hidden', 'question', 'section', 'sources']);
    expect(keys(shape.gaps.element.shape.sources.element)).toEqual(['catalogue', 'provision']);
    expect(keys(shape.unknowns.unwrap().element)).toEqual(['best', 'gain', 'question', 'section', 'sources', 'state']);
    expect(keys(shape.core.unwrap().element)).toEqual(['question', 'section', 'sources', 'status']);
    expect(keys(shape.assistance.element)).toEqual(['category', 'questions']);
    expect(keys(shape.completeness.shape.missingQuestions.element)).toEqual(['question', 'section']);
    expect(keys(shape.scores.shape.overall.shape.counts)).toEqual([
      'answered',
      'dontKnow',
      'hidden',
      'notApplicable',
      'total',
      'unanswered',
    ]);
  });
});
