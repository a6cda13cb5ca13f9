import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/canonical.js';
import { sameJson } from '../../../src/domain/validate/compare-report.js';

/** The same value with the keys of every object in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reversed(Reflect.get(value, key))]),
  );
}

describe('sameJson: equality of canonical JSON, without writing it', () => {
  it('agrees with comparing canonical texts on arbitrary pairs, and on a value with its keys reordered', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(sameJson(a, reversed(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('on values that differ deep down, in a member more or less, or by undefined members', () => {
    const base = { a: [1, { b: 'x', c: [true, null] }], d: { e: 0.5 } };
    expect(sameJson(base, { d: { e: 0.5 }, a: [1, { c: [true, null], b: 'x' }] })).toBe(true);
    expect(sameJson(base, { ...base, d: { e: 0.5, f: 1 } })).toBe(false);
    expect(sameJson({ ...base, d: { e: 0.5, f: 1 } }, base)).toBe(false);
    expect(sameJson(base, { ...base, a: [1, { b: 'x', c: [true, 0] }] })).toBe(false);
    expect(sameJson({ a: 1, u: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, u: undefined })).toBe(true);
    expect(sameJson({ a: undefined }, { b: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson({ 0: 'x' }, ['x'])).toBe(false);
    // Own members only, as Object.keys lists them: an inherited enumerable member is no member.
    const inheriting = Object.create({ inherited: 1 }) as Record<string, unknown>;
    inheriting['a'] = 1;
    expect(sameJson(inheriting, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, inheriting)).toBe(true);
    expect(sameJson(inheriting, { a: 1, inherited: 1 })).toBe(false);
  });
});
