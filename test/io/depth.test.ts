import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockNestingBound, dataCensus, dataDepth, flowNestingDepth, separatorCount, textCensus } from '../../src/io/depth.js';

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
