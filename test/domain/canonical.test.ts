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
