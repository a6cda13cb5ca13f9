import { RESERVED_KEYS } from '../reserved-keys.js';
import type { Report } from '../schemas/report.js';
import { REPORT_SHAPE } from './report-shape.generated.js';

type Primitive = string | number | boolean | null;

/**
 * A JSON Schema reduced to the keywords the report's schema uses (checked by
 * scripts/generate-report-check.mjs, which fails on any other): every object
 * is closed (`additionalProperties`) and every array says what it holds.
 */
export interface Shape {
  readonly type?: 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';
  readonly const?: Primitive;
  readonly enum?: readonly Primitive[];
  readonly minLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly properties?: Readonly<Record<string, Shape>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: Shape | false;
  readonly propertyNames?: Shape;
  readonly items?: Shape;
  readonly minItems?: number;
  readonly anyOf?: readonly Shape[];
  readonly oneOf?: readonly Shape[];
}

type TypeName = NonNullable<Shape['type']>;

/**
 * A Shape prepared for the walk: every node has every field, in the same
 * order, so that each read of a field is one monomorphic load — the shapes
 * JSON.parse made hold different sets of keys, and reading them cost the
 * walk a dictionary lookup per keyword per value. Patterns are compiled once,
 * `properties` is a Map (no own-key check on a plain object).
 */
interface Node {
  readonly type: TypeName | undefined;
  readonly const: Primitive | undefined;
  readonly enum: readonly Primitive[] | undefined;
  readonly minLength: number | undefined;
  readonly pattern: RegExp | undefined;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly properties: ReadonlyMap<string, Node> | undefined;
  readonly required: readonly string[] | undefined;
  readonly additionalProperties: Node | false | undefined;
  readonly propertyNames: Node | undefined;
  readonly items: Node | undefined;
  readonly minItems: number | undefined;
  readonly anyOf: readonly Node[] | undefined;
  readonly oneOf: readonly Node[] | undefined;
}

// zod's patterns, run as zod runs them: without the u flag. Compiled once each.
const patterns = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern);
    patterns.set(pattern, regex);
  }
  return regex;
}

function prepare(shape: Shape): Node {
  const { properties, additionalProperties: additional } = shape;
  return {
    type: shape.type,
    const: shape.const,
    enum: shape.enum,
    minLength: shape.minLength,
    pattern: shape.pattern === undefined ? undefined : compiled(shape.pattern),
    minimum: shape.minimum,
    maximum: shape.maximum,
    properties: properties && new Map(Object.entries(properties).map(([key, member]) => [key, prepare(member)])),
    required: shape.required,
    additionalProperties: additional === undefined || additional === false ? additional : prepare(additional),
    propertyNames: shape.propertyNames && prepare(shape.propertyNames),
    items: shape.items && prepare(shape.items),
    minItems: shape.minItems,
    anyOf: shape.anyOf?.map(prepare),
    oneOf: shape.oneOf?.map(prepare),
  };
}

function hasType(type: TypeName, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
  }
}

function objectConforms(shape: Node, value: Readonly<Record<string, unknown>>): boolean {
  const { required, properties, additionalProperties, propertyNames } = shape;
  if (required) for (let i = 0; i < required.length; i++) if (value[required[i] as string] === undefined) return false;
  // for…in rather than Object.keys: no array per object (a report has hundreds); own keys only, as Object.keys.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (RESERVED_KEYS.has(key)) return false;
    if (propertyNames && !conforms(propertyNames, key)) return false;
    const member = properties?.get(key) ?? additionalProperties;
    if (member === false || (member !== undefined && !conforms(member, value[key]))) return false;
  }
  return true;
}

/** Whether `value` is one of `allowed` (===, as JSON Schema's enum compares JSON values). */
function isOneOf(allowed: readonly Primitive[], value: unknown): boolean {
  for (let i = 0; i < allowed.length; i++) if (allowed[i] === value) return true;
  return false;
}

/** How many branches accept the value, counting no further than `limit` + 1 (anyOf needs one, oneOf exactly one). */
function branchesAccepting(branches: readonly Node[], value: unknown, limit: number): number {
  let count = 0;
  for (let i = 0; i < branches.length && count <= limit; i++) if (conforms(branches[i] as Node, value)) count++;
  return count;
}

/**
 * Whether `value` matches `shape`, as a JSON Schema validator would say, and
 * holds no reserved key in any object it visits. A schema without `$ref`
 * recurses no deeper than itself: nesting in the data costs no stack.
 */
function conforms(shape: Node, value: unknown): boolean {
  if (shape.type !== undefined && !hasType(shape.type, value)) return false;
  if (shape.const !== undefined && value !== shape.const) return false;
  // Loops rather than some/filter with a closure: the walk visits every value of every report.
  if (shape.enum !== undefined && !isOneOf(shape.enum, value)) return false;
  if (typeof value === 'string') {
    // In UTF-16 code units, as zod counts (ajv's default counts code points).
    if (shape.minLength !== undefined && value.length < shape.minLength) return false;
    if (shape.pattern !== undefined && !shape.pattern.test(value)) return false;
  } else if (typeof value === 'number') {
    if (shape.minimum !== undefined && value < shape.minimum) return false;
    if (shape.maximum !== undefined && value > shape.maximum) return false;
  } else if (Array.isArray(value)) {
    if (shape.minItems !== undefined && value.length < shape.minItems) return false;
    const { items } = shape;
    if (items) for (let i = 0; i < value.length; i++) if (!conforms(items, value[i])) return false;
  } else if (typeof value === 'object' && value !== null && !objectConforms(shape, value as Readonly<Record<string, unknown>>))
    return false;
  if (shape.anyOf && branchesAccepting(shape.anyOf, value, 0) === 0) return false;
  if (shape.oneOf && branchesAccepting(shape.oneOf, value, 1) !== 1) return false;
  return true;
}

/**
 * The deepest nesting of arrays and objects (a scalar 0, `[]` 1) of any data
 * `shape` accepts; Infinity when it accepts a container whose contents it
 * leaves unchecked (an object open to any member, an array of anything, a
 * node without type). The report's schema has none: a report it accepts is no
 * deeper than the schema (the loader's bound on nesting then holds without
 * measuring the data).
 */
function nestingOf(shape: Shape): number {
  const branches = [...(shape.anyOf ?? []), ...(shape.oneOf ?? [])];
  if (branches.length > 0) return Math.max(...branches.map(nestingOf));
  switch (shape.type) {
    case undefined:
      return shape.const !== undefined || shape.enum !== undefined ? 0 : Infinity;
    case 'array':
      return shape.items === undefined ? Infinity : 1 + nestingOf(shape.items);
    case 'object': {
      const { properties = {}, additionalProperties: other } = shape;
      if (other === undefined) return Infinity;
      const members = [...Object.values(properties), ...(other === false ? [] : [other])];
      return 1 + Math.max(0, ...members.map(nestingOf));
    }
    default:
      return 0;
  }
}

/** The deepest nesting of a report the schema accepts (see nestingOf). */
export function reportNesting(): number {
  nesting ??= nestingOf(REPORT_SHAPE);
  return nesting;
}
let nesting: number | undefined;

/** Prepared on first use: `validate` of anything but a report never walks it. */
let prepared: Node | undefined;

/**
 * The fast path of a report's schema check: true only when the report's JSON
 * Schema accepts the data and it holds no reserved key — then zod would accept
 * it too, unchanged (every object of the schema is strict, no member has a
 * default or a transform). False says nothing about why: the caller parses
 * such a file with zod, for its exact diagnostics.
 */
export function isWellFormedReport(data: unknown): data is Report {
  prepared ??= prepare(REPORT_SHAPE);
  return conforms(prepared, data);
}
