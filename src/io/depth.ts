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

export interface TextCensus {
  /** flowNestingDepth of the text. */
  flowDepth: number;
  /** blockNestingBound of the text. */
  blockBound: number;
  /** separatorCount of the text, without a limit. */
  separators: number;
  /** ":" outside double-quoted strings: the members of a JSON text. */
  members: number;
}

/**
 * flowNestingDepth, blockNestingBound, separatorCount and the members of a
 * JSON text, in one pass instead of four: every file validate reads goes
 * through them, and four scans cost more than JSON.parse itself.
 * test/io/depth.test.ts checks it against the four functions.
 */
export function textCensus(text: string): TextCensus {
  let depth = 0;
  let flowDepth = 0;
  let blockBound = 0;
  let separators = 0;
  let members = 0;
  let inString = false;
  let escaped = false;
  let lineStart = true;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    if (lineStart) {
      lineStart = false;
      const level = indentLevel(text, i);
      if (level > blockBound) blockBound = level;
    }
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      separators++;
      lineStart = true;
    } else if (c === 44 /* , */ || c === 58 /* : */) separators++;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92 /* \ */) escaped = true;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 58) members++;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > flowDepth) flowDepth = depth;
    } else if ((c === 93 /* ] */ || c === 125) /* } */ && depth > 0) depth--;
  }
  return { flowDepth, blockBound, separators, members };
}

/** The block level of the line starting at `start`, as blockNestingBound counts it. */
function indentLevel(text: string, start: number): number {
  let i = start;
  let level = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 /* space */) {
      level++;
      i++;
    } else if ((c === 45 /* - */ || c === 63) /* ? */ && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
      level++;
      i += 2;
    } else return level;
  }
}

/** dataDepth (stopping past `limit`) and the number of keys of every object, in one walk. */
export function dataCensus(value: unknown, limit: number): { depth: number; keys: number } {
  let depth = 0;
  let keys = 0;
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const v = values.pop();
    const d = depths.pop() ?? 0;
    if (d > depth) depth = d;
    if (depth > limit) return { depth, keys };
    if (v === null || typeof v !== 'object') continue;
    const children = Object.values(v);
    if (!Array.isArray(v)) keys += children.length;
    for (const child of children) {
      values.push(child);
      depths.push(d + 1);
    }
  }
  return { depth, keys };
}

/**
 * Whether blockNestingBound(text) > bound, without reading every line:
 * each level takes at least one character of its line, so only a line longer
 * than `bound` can pass it — the lines of a report are far shorter. A line
 * end among the next `bound + 1` characters shows that every line starting
 * before it is short enough, so the search jumps from window to window
 * rather than from line to line.
 */
export function indentBeyond(text: string, bound: number): boolean {
  const length = text.length;
  let start = 0;
  for (;;) {
    // What is left holds at most `bound` characters: none of its lines can pass the bound.
    if (length - start <= bound) return false;
    const last = text.lastIndexOf('\n', start + bound);
    if (last >= start) {
      start = last + 1;
      continue;
    }
    // The line at `start` is longer than `bound`.
    if (indentLevel(text, start) > bound) return true;
    const next = text.indexOf('\n', start + bound + 1);
    if (next === -1) return false;
    start = next + 1;
  }
}

/** Occurrences of ":" in a string. */
function colonsIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) count++;
  return count;
}

export interface JsonShape {
  /** Nesting of arrays and objects (a scalar 0, `[]` 1): textCensus's flowDepth of a JSON text that holds no duplicate key. Stops past `limit`. */
  nesting: number;
  /** Keys of every object, as dataCensus counts them. */
  keys: number;
  /** ":" inside keys and string values. */
  colons: number;
}

/**
 * What the loader's bounds need, read on data JSON.parse made from a text:
 * with the ":" of the text, it gives the text's members (each member has one
 * ":" outside strings), so that the text needs no scan of its own. Recursive,
 * but never deeper than `limit` + 1 levels: the walk stops at the first value
 * past the limit, whose nesting is then all the caller needs (the counts are
 * partial).
 */
export function jsonShape(value: unknown, limit: number): JsonShape {
  const shape = { nesting: 0, keys: 0, colons: 0 };
  shapeOf(value, 0, limit, shape);
  return shape;
}

/** False once the nesting passes `limit`: the walk stops there. */
function shapeOf(v: unknown, d: number, limit: number, shape: JsonShape): boolean {
  if (typeof v === 'string') {
    if (v.includes(':')) shape.colons += colonsIn(v);
    return true;
  }
  if (v === null || typeof v !== 'object') return true;
  if (d + 1 > shape.nesting) shape.nesting = d + 1;
  if (shape.nesting > limit) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!shapeOf(v[i], d + 1, limit, shape)) return false;
    return true;
  }
  // for…in over own keys (those Object.keys gives): no array per object, and V8
  // reads each member through the enumeration cache rather than by a lookup.
  const object = v as Readonly<Record<string, unknown>>;
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    shape.keys++;
    if (key.includes(':')) shape.colons += colonsIn(key);
    if (!shapeOf(object[key], d + 1, limit, shape)) return false;
  }
  return true;
}

/** ":" in a text. */
export function colonCount(text: string): number {
  return colonsIn(text);
}
