import { RESERVED_KEYS } from '../reserved-keys.js';
import type { Report } from '../schemas/report.js';
import { validate } from './report-shape.generated.js';

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * Whether any object below `data` has a reserved key; a loop, so that nesting
 * costs no stack. Only objects and arrays are stacked: most values of a report
 * are strings and numbers.
 */
function hasReservedKey(data: unknown): boolean {
  if (!isObject(data)) return false;
  const stack: object[] = [data];
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (Array.isArray(value)) {
      for (const item of value) if (isObject(item)) stack.push(item);
      continue;
    }
    const record = value as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(record)) {
      if (RESERVED_KEYS.has(key)) return true;
      const item = record[key];
      if (isObject(item)) stack.push(item);
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
