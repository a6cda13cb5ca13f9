import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson } from '../../src/domain/canonical.js';

describe('canonicalJson', () => {
  it('sorts keys and normalises numbers as RFC 8785 says', () => {
    expect(canonicalJson({ b: 1, a: [1e2, 'é', 0.5] })).toBe('{"a":[100,"é",0.5],"b":1}');
  });
  it('gives the same hash whatever the key order', () => {
    expect(canonicalHash({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalHash({ b: { d: 3, c: 2 }, a: 1 }));
  });
});

describe('canonicalJson agrees with the reference implementation of RFC 8785', () => {
  it('on arbitrary JSON values', async () => {
    const fc = (await import('fast-check')).default;
    const reference = (await import('canonicalize')).default;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('sorts keys by UTF-16 code units, integer-like keys included', () => {
    expect(canonicalJson({ '10': 1, '9': 2, b: 3, B: 4, é: 5, '\u{1F600}': 6, '\uFB33': 7 })).toBe(
      '{"10":1,"9":2,"B":4,"b":3,"é":5,"\u{1F600}":6,"\uFB33":7}',
    );
  });

  it('writes numbers as ECMAScript does', () => {
    // 333333333.33333329 is RFC 8785's own example of a literal that JavaScript rounds.
    // eslint-disable-next-line no-loss-of-precision
    expect(canonicalJson([1e21, 1e-7, -0, 0.1 + 0.2, 333333333.33333329])).toBe('[1e+21,1e-7,0,0.30000000000000004,333333333.3333333]');
  });
});

describe('canonicalHash', () => {
  it('hashes the canonical text, also when it is written in many chunks', async () => {
    const { createHash } = await import('node:crypto');
    const big = { items: Array.from({ length: 5000 }, (_, i) => ({ id: `q${i}`, text: 'é\u2028"\\', n: i / 3 })) };
    expect(canonicalHash(big)).toBe(createHash('sha256').update(canonicalJson(big), 'utf8').digest('hex'));
  });
});
