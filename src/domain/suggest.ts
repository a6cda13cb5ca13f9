/**
 * "Did you mean" at a cost bounded by the input: only short words get a
 * suggestion, only candidates of a length within reach are compared, each
 * comparison keeps three rows and stops as soon as it cannot come close
 * enough, and a checker's suggestions share one budget of work — so that a
 * file of 20,000 unknown ids, or one id of 400 KB, costs no more than a
 * normal one.
 */

/** Longer words are not typos of an id: no suggestion. */
export const MAX_SUGGEST_LENGTH = 64;
/** Character comparisons allowed to the suggestions of one check of one document. */
export const SUGGESTION_BUDGET = 4_000_000;

export type Suggest = (word: string, candidates: readonly string[]) => string | undefined;

export interface Suggester {
  suggest: Suggest;
  /** Character comparisons made so far (for tests and benchmarks). */
  spent(): number;
}

export function createSuggester(budget = SUGGESTION_BUDGET): Suggester {
  let spent = 0;
  const suggest: Suggest = (word, candidates) => {
    if (word.length === 0 || word.length > MAX_SUGGEST_LENGTH || spent >= budget) return undefined;
    let best: string | undefined;
    // The largest distance still taken for a typo, plus one.
    let bound = Math.max(1, Math.floor(word.length / 3)) + 1;
    const lower = word.toLowerCase();
    for (const candidate of candidates) {
      if (++spent >= budget) return best;
      if (candidate === word || Math.abs(candidate.length - word.length) >= bound) continue;
      if (candidate.toLowerCase() === lower) return candidate;
      const [d, cost] = boundedDistance(word, candidate, bound);
      spent += cost;
      if (d < bound) [best, bound] = [candidate, d];
    }
    return best;
  };
  return { suggest, spent: () => spent };
}

/** A suggestion with a budget of its own: for one-off checks (a command-line option). */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  return createSuggester().suggest(word, candidates);
}

/**
 * Edit distance counting a swap of two neighbours as one edit (optimal string
 * alignment), on three rows, stopping once every path is at least `bound`:
 * then `bound` is returned. Also returns the comparisons made.
 */
export function boundedDistance(a: string, b: string, bound: number): [number, number] {
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  let cost = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + same);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    cost += n;
    // Every later cell descends from this row or the one before it.
    if (rowMin >= bound && Math.min(...previous) >= bound) return [bound, cost];
    [before, previous, current] = [previous, current, before];
  }
  return [Math.min(previous[n] ?? bound, bound), cost];
}
