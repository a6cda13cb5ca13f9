import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointerSegment, type Finding } from '../../src/domain/diagnostic.js';
import { RESERVED_KEYS, reservedKeyFindings } from '../../src/domain/reserved-keys.js';

/** The definition, written plainly: an object's own reserved keys, then those within its values, in document order. */
function reference(value: unknown, reported: ReadonlySet<string>, pointer = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item: unknown, i) => reference(item, reported, `${pointer}/${i}`));
  const keys = Object.keys(value)
    .map((key) => ({ key, at: `${pointer}/${pointerSegment(key)}` }))
    .filter(({ at }) => !reported.has(at));
  return [
    ...keys.filter(({ key }) => RESERVED_KEYS.has(key)).map(({ at }) => at),
    ...keys.filter(({ key }) => !RESERVED_KEYS.has(key)).flatMap(({ key, at }) => reference(Reflect.get(value, key), reported, at)),
  ];
}

/** Data whose keys are often reserved or need escaping in a pointer. */
const keys = fc.constantFrom('a', 'b', 'x/y', 'm~n', '0', 'constructor', 'prototype', '__proto__');
const data = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string(), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  // JSON.parse makes __proto__ an own key, as a parsed document holds it.
  object: fc
    .array(fc.tuple(keys, tie('value')), { maxLength: 4 })
    .map((entries) => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as unknown),
}));

describe('reservedKeyFindings', () => {
  it('reports every reserved key at its pointer, except under reported pointers', () => {
    fc.assert(
      fc.property(
        data.value,
        fc.array(fc.constantFrom('/a', '/a/b', '/x~1y', '/0/constructor', '/m~0n/__proto__'), { maxLength: 2 }),
        (value, pointers) => {
          const reported = new Set(pointers);
          const findings: Finding[] = reservedKeyFindings(value, reported);
          expect(findings.map((f) => f.pointer)).toEqual(reference(value, reported));
          expect(findings.every((f) => f.code === 'schema-invalid-key' && f.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('writes a nested reserved key with escaped segments', () => {
    const value = JSON.parse('{"a/b":[{"m~n":{"__proto__":1}}]}') as unknown;
    expect(reservedKeyFindings(value).map((f) => f.pointer)).toEqual(['/a~1b/0/m~0n/__proto__']);
  });
});
