import { RESERVED_KEYS } from '../reserved-keys.js';
import type { Report } from '../schemas/report.js';
import { validate } from './report-shape.generated.js';

/** Whether any object below `data` has a reserved key; a loop, so that nesting costs no stack. */
function hasReservedKey(data: unknown): boolean {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) return true;
      stack.push(Reflect.get(value, key));
    }
  }
  return false;
}

/**
 * The fast path of a report's schema check: true only when the report's
 * compiled JSON Schema accepts the data and it holds no reserved key — then
 * zod would accept it too, unchanged (every object of the schema is strict,
 * no member has a default or a transform). False says nothing about why:
 * the caller parses such a file with zod, for its exact diagnostics.
 */
export function isWellFormedReport(data: unknown): data is Report {
  return validate(data) && !hasReservedKey(data);
}
