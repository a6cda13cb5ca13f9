import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalBytesHash, canonicalHash, canonicalJson } from '../../src/domain/canonical.js';
import { canonicalColons, endCanonicalBytes, startCanonicalBytes, writeCanonical } from '../../src/domain/canonical-bytes.js';

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

// canonicalHash writes its first documents as a string, later ones as bytes (canonicalBytesHash):
// each is held to the digest of the canonical text — canonicalHash over thousands of values, so both ways.
describe.each([
  ['canonicalHash', canonicalHash],
  ['canonicalBytesHash', canonicalBytesHash],
])('%s', (_name, hash) => {
  /** The digest of the canonical text, as the text says it. */
  const textHash = (value: unknown): string => createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');

  it('hashes the canonical text, also when it outgrows its buffer', () => {
    const big = { items: Array.from({ length: 5000 }, (_, i) => ({ id: `q${i}`, text: 'é\u2028"\\', n: i / 3 })) };
    expect(hash(big)).toBe(textHash(big));
    // Once more after the buffer was dropped, then a small document.
    expect(hash(big)).toBe(textHash(big));
    expect(hash({ a: 1 })).toBe(textHash({ a: 1 }));
  });

  it('hashes the UTF-8 of the canonical text of any JSON value, any code point or lone surrogate in keys and strings', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        expect(hash(value)).toBe(textHash(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes every kind of character as the text does: escapes, 2-, 3- and 4-byte forms, surrogates paired or lone', () => {
    const strings = [
      '',
      'a',
      'é',
      '\u20ac',
      '\u{1F600}',
      '\ud800',
      '\udc00x',
      'x\ud83d',
      '"',
      '\\',
      '\n\u0000\u001f',
      '\u007f\u0080\u07ff\u0800\uffff',
    ];
    for (const text of strings) {
      expect(hash(text)).toBe(textHash(text));
      expect(hash({ [text]: text })).toBe(textHash({ [text]: text }));
    }
  });

  it('writes integers digit by digit as the text writes them, around every bound of that path', async () => {
    const fc = (await import('fast-check')).default;
    const bounds = [0, -0, 1, 9, 10, 99, 100, 999_999_999, 1e9, 2 ** 31 - 1, 2 ** 31, 2 ** 32, -1, -10, 0.5, 9.5, 1e21, 1e-7];
    expect(hash(bounds)).toBe(textHash(bounds));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -20, max: 2_000_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }))),
        (list) => {
          expect(hash(list)).toBe(textHash(list));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('writes numbers of a few decimals digit by digit as String() writes them, whatever their sign, size or binary noise', async () => {
    const fc = (await import('fast-check')).default;
    const decimals = fc
      .tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.constantFrom(1, 10, 100, 1000, 10_000, 100_000))
      .map(([n, d]) => n / d);
    const noisy = fc.tuple(decimals, fc.constantFrom(0, 1e-17, 1e-12, 5e-5, -3e-16)).map(([x, e]) => x + e);
    const bounds = [0.0001, -0.0001, 0.00005, 0.99995, 99_999.9999, 100_000.0001, 1e-7, 0.1 + 0.2, 0.4272, -12.5, 5e-324, 1e21];
    expect(hash(bounds)).toBe(textHash(bounds));
    fc.assert(
      fc.property(fc.array(fc.oneof(decimals, noisy)), (list) => {
        expect(hash(list)).toBe(textHash(list));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts objects of many keys as those of a few (the built-in sort past a handful, as for the answers of a report)', async () => {
    const fc = (await import('fast-check')).default;
    const reference = (await import('canonicalize')).default;
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ maxDepth: 1 }), { minKeys: 10, maxKeys: 120 }), (value) => {
        expect(hash(value)).toBe(textHash(value));
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 300 },
    );
  });

  it('skips and refuses what canonicalJson skips and refuses', () => {
    const value = { a: undefined, b: [undefined, () => 1, Symbol('s')], c: () => 1 };
    expect(hash(value)).toBe(textHash(value));
    for (const bad of [Number.NaN, Infinity, 1n, undefined, { a: -Infinity }]) {
      expect(() => hash(bad)).toThrow(TypeError);
      expect(() => canonicalJson(bad)).toThrow(TypeError);
    }
  });
});

describe('canonicalColons', () => {
  const colonsWritten = (value: unknown): number => {
    startCanonicalBytes();
    try {
      writeCanonical(value);
      return canonicalColons();
    } finally {
      endCanonicalBytes();
    }
  };
  const colonsOfText = (value: unknown): number => canonicalJson(value).split(':').length - 1;

  it('counts the ":" of the canonical text as it is written: after each key, inside keys and strings, escaped or not', async () => {
    const fc = (await import('fast-check')).default;
    const colonish = fc.string({ unit: fc.constantFrom(':', 'a', '"', '\\', '\n', 'é', '\ud800', '\u{1F600}') });
    expect(colonsWritten({ 'a:b': ['x:y:', 1, { '': '"::"' }], c: true })).toBe(8);
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), fc.dictionary(colonish, colonish), (value, keyed) => {
        expect(colonsWritten(value)).toBe(colonsOfText(value));
        expect(colonsWritten(keyed)).toBe(colonsOfText(keyed));
        // Keys already encoded (kept from the run before) count as they did the first time.
        expect(colonsWritten(keyed)).toBe(colonsOfText(keyed));
      }),
      { numRuns: 2000 },
    );
  });
});
