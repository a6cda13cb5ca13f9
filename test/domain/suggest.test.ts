import { describe, expect, it } from 'vitest';
import { boundedDistance, createSuggester, MAX_SUGGEST_LENGTH, suggest, SUGGESTION_BUDGET } from '../../src/domain/suggest.js';

describe('suggest', () => {
  it('finds a likely typo, a swap of neighbours, a different case', () => {
    expect(suggest('protecton', ['prevention', 'protection', 'prosecution'])).toBe('protection');
    expect(suggest('potrection', ['protection'])).toBe('protection');
    expect(suggest('YES', ['yes', 'no'])).toBe('yes');
    expect(suggest('zzzz', ['yes', 'no'])).toBeUndefined();
  });

  it('agrees with the full distance below the bound', () => {
    const words = [
      '',
      'a',
      'ab',
      'ba',
      'abc',
      'acb',
      'kitten',
      'sitting',
      'flaw',
      'lawn',
      'art5-1-criminalization',
      'art5-1-criminalisation',
    ];
    for (const a of words) {
      for (const b of words) {
        const [bounded] = boundedDistance(a, b, 100);
        expect(bounded, `${a} / ${b}`).toBe(full(a, b));
      }
    }
  });

  it('a long word costs nothing: no suggestion past the length limit', () => {
    const s = createSuggester();
    expect(s.suggest('x'.repeat(400_000), ['protection', 'prevention'])).toBeUndefined();
    expect(s.spent()).toBe(0);
    expect(s.suggest('a'.repeat(MAX_SUGGEST_LENGTH + 1), ['a'.repeat(MAX_SUGGEST_LENGTH)])).toBeUndefined();
  });

  it('candidates of a length out of reach are not compared', () => {
    const s = createSuggester();
    s.suggest('abc', ['a'.repeat(50), 'b'.repeat(60)]);
    expect(s.spent()).toBe(2);
  });

  it('stops early when no path can come close enough', () => {
    const [d, cost] = boundedDistance('a'.repeat(60), 'b'.repeat(60), 3);
    expect(d).toBe(3);
    expect(cost).toBeLessThanOrEqual(5 * 60);
  });

  it('20,000 unknown ids against 5,000 candidates: the work stays within one budget', () => {
    const candidates = Array.from({ length: 5000 }, (_, i) => `question-${i}-of-the-checklist`);
    const s = createSuggester();
    for (let i = 0; i < 20_000; i++) s.suggest(`unknown-answer-${i}-id`, candidates);
    // At most one comparison past the budget (a word of at most 64 characters).
    expect(s.spent()).toBeLessThanOrEqual(SUGGESTION_BUDGET + 100 * 100);
  });
});

/** Optimal string alignment distance, the plain way. */
function full(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
