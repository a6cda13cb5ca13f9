import type { z } from 'zod';
import { toPointer, type Finding } from './diagnostic.js';

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

/**
 * Turns zod issues into findings with our own messages: raw zod text never
 * reaches the user. Used for every document kind.
 */
export function zodFindings(issues: readonly Issue[], data: unknown, base: Path = []): Finding[] {
  return issues.flatMap((issue) => issueFindings(issue, data, base));
}

function issueFindings(issue: Issue, data: unknown, base: Path): Finding[] {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union') return unionFindings(issue, data, path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      finding('unknown-field', [...path, key], `unknown field "${key}" — remove it or check its spelling`),
    );
  }
  if (issue.code === 'invalid_key') {
    const key = path[path.length - 1];
    const reason = issue.issues[0];
    const expected = reason && reason.code === 'invalid_format' ? customExpectation(reason.message) : undefined;
    return [finding('invalid-key', path, `key "${String(key)}" is not allowed here${expected ? ` — expected ${expected}` : ''}`)];
  }
  return [finding(codeOf(issue, data, path), path, messageOf(issue, data, path))];
}

/** Of a union's alternatives, report the one the value came closest to. */
function unionFindings(issue: Extract<Issue, { code: 'invalid_union' }>, data: unknown, path: Path): Finding[] {
  const value = valueAt(data, path);
  const branches = issue.errors.filter((branch) => branch.length > 0);
  const wholeTypeMismatch = (branch: readonly Issue[]) =>
    branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'));
  const candidates = branches.filter((b) => !wholeTypeMismatch(b));
  if (candidates.length === 0) {
    const expected = [...new Set(branches.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => describeType(i.expected))))];
    return [
      finding(
        'invalid-type',
        path,
        expected.length > 0
          ? `expected ${expected.join(' or ')}, got ${describeValue(value)}`
          : `this value is not valid here (got ${describeValue(value)})`,
      ),
    ];
  }
  const best = candidates.reduce((a, b) => (b.length < a.length ? b : a));
  return zodFindings(best, data, path);
}

function codeOf(issue: Issue, data: unknown, path: Path): string {
  if (issue.code === 'invalid_type') return valueAt(data, path) === undefined ? 'missing-field' : 'invalid-type';
  if (issue.code === 'invalid_value') return 'invalid-value';
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'out-of-range';
  if (issue.code === 'invalid_format') return 'invalid-format';
  return 'invalid-value';
}

function messageOf(issue: Issue, data: unknown, path: Path): string {
  const value = valueAt(data, path);
  const field = path.length > 0 ? `"${String(path[path.length - 1])}"` : 'the document';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `missing required field ${field} — add it (${describeType(issue.expected)})`;
      return `${field} must be ${describeType(issue.expected)}, not ${describeValue(value)}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `${field} must be ${JSON.stringify(issue.values[0])}, not ${describeValue(value)}`;
      return `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(value)}`;
    case 'too_small':
      return sizeMessage(field, issue.origin, 'at least', issue.minimum, issue.inclusive);
    case 'too_big':
      return sizeMessage(field, issue.origin, 'at most', issue.maximum, issue.inclusive);
    case 'invalid_format': {
      const expected = customExpectation(issue.message) ?? `a valid ${issue.format}`;
      return `${field} must be ${expected}, not ${describeValue(value)}`;
    }
    default:
      return `${field} is not valid here`;
  }
}

function sizeMessage(field: string, origin: string, bound: string, limit: number | bigint, inclusive = true): string {
  const n = Number(limit);
  if (origin === 'array') {
    if (bound === 'at least' && n === 1) return `${field} must not be empty — add at least one entry`;
    return `${field} must have ${bound} ${n} entries`;
  }
  if (origin === 'string') {
    if (bound === 'at least' && n === 1) return `${field} must not be empty — write a text`;
    return `${field} must have ${bound} ${n} characters`;
  }
  const strict = inclusive ? '' : bound === 'at least' ? ' (exclusive)' : ' (exclusive)';
  return `${field} must be ${bound} ${n}${strict}`;
}

/** Our schemas give regexes a human description; zod's own texts start with "Invalid". */
function customExpectation(message: string): string | undefined {
  return /^(Invalid|Too|Expected)/.test(message) ? undefined : message;
}

function describeType(expected: string): string {
  switch (expected) {
    case 'string':
      return 'a text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a mapping (key: value)';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value;
}

function valueAt(data: unknown, path: Path): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function finding(code: string, path: Path, message: string): Finding {
  return { code, severity: 'error', message, pointer: toPointer(path.map((p) => (typeof p === 'symbol' ? String(p) : p))) };
}
