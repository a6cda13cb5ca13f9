import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Position } from '../domain/diagnostic.js';
import { pointerSegments } from './pointer-segments.js';

export interface Range {
  start: Position;
  end: Position;
}

/**
 * The pairs of each mapping by key, built once per mapping on its first
 * lookup: locating N findings in a mapping of N keys costs N, not N².
 */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      // The first of two equal keys, as a linear search would find.
      if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/**
 * The node a JSON pointer names, or the nearest parent that exists: a missing
 * field is reported where its parent is, not nowhere. For a key whose value is
 * empty, the key itself.
 */
export function nodeAtPointer(doc: Document, pointer: string): Node | null {
  let node: unknown = doc.contents;
  let best: Node | null = isNode(node) ? node : null;
  for (const segment of pointerSegments(pointer)) {
    if (isMap(node)) {
      const pair = pairOf(node, segment);
      if (!pair) break;
      const value = pair.value;
      if (isNode(value) && value.range) node = value;
      else {
        best = isNode(pair.key) ? pair.key : best;
        break;
      }
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (!isNode(item)) break;
      node = item;
    } else break;
    if (isNode(node)) best = node;
  }
  return best;
}

/** The key node of the last segment, when the pointer ends at a map entry. */
export function keyAtPointer(doc: Document, pointer: string): Node | null {
  const segments = pointerSegments(pointer);
  const last = segments.pop();
  if (last === undefined) return null;
  const parent = nodeAtPointer(doc, segments.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join(''));
  if (!isMap(parent)) return null;
  const pair = pairOf(parent, last);
  return pair && isNode(pair.key) ? pair.key : null;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

export function rangeOf(node: Node | null, lineCounter: LineCounter): Range | undefined {
  const range = node?.range;
  if (!range) return undefined;
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(range[1]);
  return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
}
