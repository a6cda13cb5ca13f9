import { phrase, pointerSegment, type Finding } from './diagnostic.js';

/**
 * Keys that a JavaScript object cannot hold as ordinary data everywhere:
 * `__proto__` is dropped (or sets the prototype) when a record is copied, so
 * a parsed document would silently differ from the file — and its digest and
 * signature would cover the copy, not what other readers (jq, Python, a
 * spreadsheet) see. `constructor` and `prototype` are refused with it, as no
 * selfassess id needs them and some tools treat them specially.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A value met on the walk, with the way to it: its pointer is written only when it is needed. */
interface Visit {
  value: unknown;
  parent: Visit | undefined;
  segment: string;
  pointer?: string;
}

/** The visit's pointer, from the nearest ancestor whose pointer is known (iterative, like the walk). */
function pointerOf(visit: Visit): string {
  const unwritten: Visit[] = [];
  let at: Visit | undefined = visit;
  while (at !== undefined && at.pointer === undefined) {
    unwritten.push(at);
    at = at.parent;
  }
  let pointer = at?.pointer ?? '';
  for (let i = unwritten.length - 1; i >= 0; i--) {
    const v = unwritten[i] as Visit;
    pointer = v.parent === undefined ? '' : `${pointer}/${pointerSegment(v.segment)}`;
    v.pointer = pointer;
  }
  return pointer;
}

/**
 * A finding for every reserved key in the data, except where `reported`
 * pointers (or their parents) already have one — a strict object reports it
 * as an unknown field. Iterative, so that nesting costs no stack; a pointer is
 * written only for a reserved key, or for every key when some are `reported`
 * (a checklist of thousands of questions has hundreds of thousands of values).
 */
export function reservedKeyFindings(data: unknown, reported: ReadonlySet<string> = new Set()): Finding[] {
  const findings: Finding[] = [];
  const checkReported = reported.size > 0;
  const stack: Visit[] = [{ value: data, parent: undefined, segment: '' }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const value = visit.value;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i] as unknown, parent: visit, segment: String(i) });
      continue;
    }
    const children: Visit[] = [];
    for (const key of Object.keys(value)) {
      const child: Visit = { value: undefined, parent: visit, segment: key };
      if (checkReported && reported.has(pointerOf(child))) continue;
      if (RESERVED_KEYS.has(key)) {
        findings.push({
          code: 'schema-invalid-key',
          severity: 'error',
          message: phrase('schema-invalid-key.reserved', { key }),
          pointer: pointerOf(child),
        });
        continue;
      }
      child.value = Reflect.get(value, key);
      children.push(child);
    }
    // Children are visited in document order (pushed one by one: a wide mapping is no argument list).
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Visit);
  }
  return findings;
}
