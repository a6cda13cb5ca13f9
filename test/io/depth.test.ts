import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockNestingBound,
  colonCount,
  dataCensus,
  dataDepth,
  flowNestingDepth,
  jsonShape,
  indentBeyond,
  separatorCount,
  textCensus,
} from '../../src/io/depth.js';

/** The colons outside double-quoted strings, as the loader counted members before textCensus. */
function memberCount(text: string): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 58) count++;
  }
  return count;
}

function keyCount(data: unknown): number {
  if (data === null || typeof data !== 'object') return 0;
  const children = Object.values(data);
  return (Array.isArray(data) ? 0 : children.length) + children.reduce((sum: number, child) => sum + keyCount(child), 0);
}

/** Texts made of the characters the scans look at, so that every branch is taken often. */
const scanned = fc.string({ unit: fc.constantFrom(' ', '-', '?', '\t', '\n', '"', '\\', ':', ',', '[', ']', '{', '}', 'a', '\r') });
const texts = fc.oneof(
  scanned,
  fc.jsonValue().map((v) => JSON.stringify(v, null, 2)),
  fc.string(),
);

describe('textCensus', () => {
  it('gives what the four separate scans give, on any text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(textCensus(text)).toEqual({
          flowDepth: flowNestingDepth(text),
          blockBound: blockNestingBound(text),
          separators: separatorCount(text, Number.MAX_SAFE_INTEGER),
          members: memberCount(text),
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('counts the members of a JSON text as the keys of its data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(textCensus(text).members).toBe(keyCount(JSON.parse(text)));
      }),
    );
  });
});

describe('dataCensus', () => {
  it('gives dataDepth and the keys of every object', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (value, limit) => {
        const census = dataCensus(value, limit);
        expect(census.depth).toBe(dataDepth(value, limit));
        if (census.depth <= limit) expect(census.keys).toBe(keyCount(value));
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * JSON texts whose objects often repeat a key (JSON.parse keeps the last), with
 * ":", brackets and escapes in strings, laid out in any indentation.
 */
const jsonTexts = fc
  .letrec<{ value: string }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('1', 'true', 'null', '"a:b"', '"[{"', '"x\\":"', '"\\u003a"', '""'),
      fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
      fc
        .array(fc.tuple(fc.constantFrom('"a"', '"b"', '"c:d"', '"{"', '"a\\u003a"'), tie('value')), { maxLength: 4 })
        .map((members) => `{${members.map(([k, v]) => `${k}:${v}`).join(',')}}`),
    ),
  }))
  .value.chain((text) => fc.constantFrom(text, JSON.stringify(JSON.parse(text), null, 2), text.replace(/,/g, ',\n   - ')));

describe('jsonShape and indentBeyond: the bounds of a short JSON text read on its data', () => {
  it('indentBeyond says whether blockNestingBound passes a bound, on any text', () => {
    fc.assert(
      fc.property(texts, fc.nat(6), (text, bound) => {
        expect(indentBeyond(text, bound)).toBe(blockNestingBound(text) > bound);
      }),
      { numRuns: 3000 },
    );
    expect(indentBeyond(`a\n${'- '.repeat(801)}x\nb`, 800)).toBe(true);
    expect(indentBeyond(`a\n${'- '.repeat(800)}x`, 800)).toBe(false);
    expect(indentBeyond(`${' '.repeat(801)}x`, 800)).toBe(true);
  });

  it("members add up exactly when the text has no duplicate key, and then the nesting is the text's", () => {
    fc.assert(
      fc.property(jsonTexts, (text) => {
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch {
          return;
        }
        const census = textCensus(text);
        const shape = jsonShape(data, 1000);
        const keys = dataCensus(data, 1000).keys;
        expect(shape.keys).toBe(keys);
        if (text.includes('\\u')) return;
        const addsUp = colonCount(text) - shape.colons === shape.keys;
        expect(addsUp).toBe(census.members === keys);
        if (addsUp) expect(shape.nesting).toBe(census.flowDepth);
      }),
      { numRuns: 3000 },
    );
  });

  it('stops past the limit', () => {
    const deep = JSON.parse('['.repeat(500) + ']'.repeat(500));
    expect(jsonShape(deep, 200).nesting).toBe(201);
    expect(jsonShape([], 200)).toEqual({ nesting: 1, keys: 0, colons: 0 });
    expect(jsonShape({ 'a:b': 'c:d:e', f: [':'] }, 200)).toEqual({ nesting: 2, keys: 2, colons: 4 });
  });
});
