/**
 * Cheap upper bounds on a document's nesting depth, taken on the raw text
 * before any parser runs: a parser that recurses 100,000 levels deep would
 * exhaust the stack or the heap before it could report anything.
 */
export function flowNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== null) {
      if (c === 92 /* \ */ && quote === '"') i++;
      else if (text[i] === quote) quote = null;
      continue;
    }
    if (c === 34 /* " */) quote = '"';
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth = Math.max(0, depth - 1);
  }
  return max;
}

/** Block nesting: indentation plus sequence/mapping markers that open a level on the same line. */
export function blockNestingBound(text: string): number {
  let max = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let i = lineStart;
    let level = 0;
    for (;;) {
      const c = text[i];
      if (c === ' ') {
        level++;
        i++;
      } else if ((c === '-' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        level++;
        i += 2;
      } else break;
    }
    if (level > max) max = level;
    const next = text.indexOf('\n', i);
    if (next === -1) break;
    lineStart = next + 1;
  }
  return max;
}

/** Depth of parsed data, without recursion (it may be deeper than the stack). */
export function dataDepth(value: unknown, limit: number): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (d > max) max = d;
    if (max > limit) return max;
    if (v !== null && typeof v === 'object') {
      for (const child of Object.values(v)) stack.push([child, d + 1]);
    }
  }
  return max;
}

/** Counts ",", ":" and line ends, stopping as soon as `limit` is passed. */
export function separatorCount(text: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 /* , */ || c === 58 /* : */ || c === 10 /* \n */) {
      count++;
      if (count > limit) return count;
    }
  }
  return count;
}
