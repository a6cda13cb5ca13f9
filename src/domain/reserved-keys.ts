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

/**
 * A finding for every reserved key in the data, except where `reported`
 * pointers (or their parents) already have one — a strict object reports it
 * as an unknown field. Iterative, so that nesting costs no stack.
 */
export function reservedKeyFindings(data: unknown, reported: ReadonlySet<string> = new Set()): Finding[] {
  const findings: Finding[] = [];
  const stack: Array<{ value: unknown; pointer: string }> = [{ value: data, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop() ?? { value: null, pointer: '' };
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i] as unknown, pointer: `${pointer}/${i}` });
      continue;
    }
    const children: Array<{ value: unknown; pointer: string }> = [];
    for (const key of Object.keys(value)) {
      const at = `${pointer}/${pointerSegment(key)}`;
      if (reported.has(at)) continue;
      if (RESERVED_KEYS.has(key)) {
        findings.push({
          code: 'schema-invalid-key',
          severity: 'error',
          message: phrase('schema-invalid-key.reserved', { key }),
          pointer: at,
        });
        continue;
      }
      children.push({ value: Reflect.get(value, key), pointer: at });
    }
    // Children are visited in document order (pushed one by one: a wide mapping is no argument list).
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as { value: unknown; pointer: string });
  }
  return findings;
}
