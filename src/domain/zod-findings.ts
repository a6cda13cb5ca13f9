import type { DiagnosticCode } from './codes.js';
import { z } from 'zod';
import { phrase, phraseList, quotedWord, textKey, toPointer, type Finding, type Phrase, type PhraseParam } from './diagnostic.js';
import { clipped } from './clipped.js';
import { createSuggester, type Suggest } from './suggest.js';
import { unionAboutKey } from './schemas/union-about.js';

/**
 * Turns zod errors into findings with our own messages, for every document
 * kind. zod's issues say what failed but not what was allowed, so the schema
 * is walked alongside the data to name allowed fields and to pick, among the
 * branches of a union, the one the author most likely meant.
 * Its codes are the `schema-*` rows of the loader's table (`loader-codes.ts`).
 */
type SchemaFindingCode = Extract<DiagnosticCode, `schema-${string}`>;

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;
type Segment = string | number;

/** Where a group of issues stands: their paths are relative to `path`, where `input` and `schema` are. */
interface Scope {
  input: unknown;
  schema: Schema | undefined;
  path: Segment[];
  base: string;
  /** "Did you mean", with one budget for the whole parse. */
  suggest: Suggest;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function segments(path: readonly PropertyKey[]): Segment[] {
  return path.filter((s): s is Segment => typeof s !== 'symbol');
}

function valueAt(input: unknown, path: readonly Segment[]): unknown {
  let value = input;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value) && Object.hasOwn(value, segment)) value = value[segment];
    else return undefined;
  }
  return value;
}

/** The schema under wrappers that do not change the shape of the data. */
function unwrap(schema: Schema): Schema {
  let s = schema;
  for (;;) {
    if (
      s instanceof z.core.$ZodOptional ||
      s instanceof z.core.$ZodNullable ||
      s instanceof z.core.$ZodDefault ||
      s instanceof z.core.$ZodPrefault ||
      s instanceof z.core.$ZodNonOptional ||
      s instanceof z.core.$ZodReadonly ||
      s instanceof z.core.$ZodCatch
    )
      s = s._zod.def.innerType;
    else if (s instanceof z.core.$ZodLazy) s = s._zod.innerType;
    else if (s instanceof z.core.$ZodPipe) s = s._zod.def.in;
    else return s;
  }
}

function fits(schema: Schema, value: unknown): boolean {
  const s = unwrap(schema);
  if (s instanceof z.core.$ZodObject || s instanceof z.core.$ZodRecord) return isRecord(value);
  if (s instanceof z.core.$ZodArray || s instanceof z.core.$ZodTuple) return Array.isArray(value);
  if (s instanceof z.core.$ZodUnion) return s._zod.def.options.some((o) => fits(o, value));
  return !isRecord(value) && !Array.isArray(value);
}

/** The union member that the value was meant for: by discriminator, else by type and shared keys. */
function resolveUnion(schema: Schema | undefined, value: unknown): Schema | undefined {
  let s = schema && unwrap(schema);
  while (s instanceof z.core.$ZodUnion) {
    const options = s._zod.def.options.map(unwrap).filter((o) => fits(o, value));
    if (s instanceof z.core.$ZodDiscriminatedUnion && isRecord(value)) {
      const key = s._zod.def.discriminator;
      const tag = value[key];
      s = options.find((o) => literalValues(o instanceof z.core.$ZodObject ? o._zod.def.shape[key] : undefined).some((v) => v === tag));
      continue;
    }
    const overlap = (o: Schema): number =>
      o instanceof z.core.$ZodObject && isRecord(value) ? Object.keys(value).filter((k) => Object.hasOwn(o._zod.def.shape, k)).length : 0;
    s = options.reduce<Schema | undefined>((best, o) => (best === undefined || overlap(o) > overlap(best) ? o : best), undefined);
  }
  return s;
}

function literalValues(schema: Schema | undefined): unknown[] {
  const s = schema && unwrap(schema);
  return s instanceof z.core.$ZodLiteral ? [...s._zod.def.values] : [];
}

/** The schema at `path` below `schema`, unions on the way resolved by the data; the last one is left as is. */
function schemaAt(schema: Schema | undefined, path: readonly Segment[], input: unknown): Schema | undefined {
  let s = schema && unwrap(schema);
  let value = input;
  for (const segment of path) {
    s = resolveUnion(s, value);
    if (s instanceof z.core.$ZodObject) s = Object.hasOwn(s._zod.def.shape, segment) ? s._zod.def.shape[segment] : s._zod.def.catchall;
    else if (s instanceof z.core.$ZodArray) s = s._zod.def.element;
    else if (s instanceof z.core.$ZodRecord) s = s._zod.def.valueType;
    else if (s instanceof z.core.$ZodTuple && typeof segment === 'number') s = s._zod.def.items[segment] ?? s._zod.def.rest ?? undefined;
    else return undefined;
    s = s && unwrap(s);
    value = valueAt(value, [segment]);
  }
  return s;
}

/** What a type is called in a message: a key of the catalogues' `schema.kind.*` words. */
const EXPECTED: Record<string, string> = {
  string: 'string',
  number: 'number',
  int: 'integer',
  boolean: 'boolean',
  object: 'object',
  record: 'object',
  array: 'list',
  tuple: 'list',
  null: 'null',
  undefined: 'nothing',
  date: 'date',
};

const kind = (name: string, params?: Record<string, PhraseParam>): Phrase => phrase(`schema.kind.${name}`, params);

function kindOf(value: unknown): PhraseParam {
  if (value === null) return 'null';
  if (Array.isArray(value)) return kind('list');
  if (isRecord(value)) return kind('object');
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'string') return kind('string-valued', { value: show(value) });
  if (typeof value === 'number') return Number.isInteger(value) ? kind('number-valued', { value }) : `${value}`;
  return value === undefined ? kind('nothing') : typeof value;
}

function show(value: unknown): PhraseParam {
  if (typeof value !== 'string')
    return typeof value === 'number' || typeof value === 'boolean' || value === null ? String(value) : kindOf(value);
  const inner = JSON.stringify(value).slice(1, -1);
  return quotedWord(inner.length > 40 ? `${inner.slice(0, 39)}…` : inner);
}

const orList = (items: readonly PhraseParam[]): PhraseParam => phraseList(items, 'or');

/**
 * The format a schema names in its regex's message ('semantic-version': "a
 * semantic version such as "1.0.0"" in the catalogues), not zod's "Invalid …".
 */
function ownPhrase(message: string): Phrase | undefined {
  return /^[a-z0-9-]+$/.test(message) ? phrase(`schema.format.${message}`) : undefined;
}

const FORMATS = new Set(['datetime', 'date', 'time', 'email', 'url', 'uuid']);

function expectation(issue: Issue): PhraseParam | undefined {
  if (issue.code === 'invalid_type')
    return EXPECTED[issue.expected] ? kind(EXPECTED[issue.expected] ?? '') : kind('named', { name: issue.expected });
  if (issue.code === 'invalid_value') return orList(issue.values.map(show));
  if (issue.code === 'invalid_format') {
    return (
      ownPhrase(issue.message) ??
      (FORMATS.has(issue.format) ? phrase(`schema.format.${issue.format}`) : phrase('schema.format.named', { format: issue.format }))
    );
  }
  return undefined;
}

/** Which bound a size issue states: `at-least`, `more-than`, `exactly`, `at-most` or `less-than`. */
function boundOf(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  if (issue.exact) return 'exactly';
  if (issue.code === 'too_small') return issue.inclusive === false ? 'more-than' : 'at-least';
  return issue.inclusive === false ? 'less-than' : 'at-most';
}

function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, value: unknown): Phrase {
  const small = issue.code === 'too_small';
  const count = Number(small ? issue.minimum : issue.maximum);
  const bound = boundOf(issue);
  if (issue.origin === 'string')
    return small && count === 1 && !issue.exact ? phrase('schema.size.empty-text') : phrase(`schema.size.text.${bound}`, { count });
  if (issue.origin === 'array' || issue.origin === 'set') {
    return small && count === 1 && !issue.exact ? phrase('schema.size.empty-list') : phrase(`schema.size.list.${bound}`, { count });
  }
  return phrase(`schema.size.number.${bound}`, { limit: count, got: show(value) });
}

/** How far a union branch is from the data: every unknown key, missing field or wrong value costs 1. */
function cost(issues: readonly Issue[]): number {
  return issues.reduce((sum, i) => sum + (i.code === 'unrecognized_keys' ? i.keys.length : 1), 0);
}

const rootMismatch = (issues: readonly Issue[]): boolean =>
  issues.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'));

function describeUnion(issue: Extract<Issue, { code: 'invalid_union' }>, scope: Scope, path: Segment[], value: unknown): Finding[] {
  const at = (code: SchemaFindingCode, message: Phrase): Finding[] => [
    { code, severity: 'error', message, pointer: scope.base + toPointer([...scope.path, ...path]) },
  ];
  const allowed = 'options' in issue ? issue.options : undefined;
  if (issue.discriminator !== undefined && allowed) {
    return at('schema-invalid-value', phrase('schema.expected', { expected: orList(allowed.map(show)), got: show(value) }));
  }
  const union = schemaAt(scope.schema, path, scope.input);
  const options = union instanceof z.core.$ZodUnion ? union._zod.def.options : [];
  const branches = issue.errors.map((issues, i) => ({ issues, schema: options[i] })).filter((b) => !rootMismatch(b.issues));
  if (branches.length === 0) {
    const expected = [...new Set(issue.errors.flatMap((b) => b.filter((i) => i.path.length === 0).map(expectation)))].filter(
      (e) => e !== undefined,
    );
    const description = union ? z.globalRegistry.get(union)?.description : undefined;
    // The union's description in the message's language (its key in the catalogues), never the schema's English.
    const key = unionAboutKey(description);
    const about = key ? phrase('schema.about', { about: phrase(`schema.about.${key}`) }) : '';
    if (expected.length === 0) return at('schema-invalid', phrase('schema-invalid.union', { about }));
    return at(
      'schema-wrong-type',
      phrase('schema.expected', { expected: orList(expected), got: phrase('schema.got-about', { got: kindOf(value), about }) }),
    );
  }
  const best = branches.reduce((a, b) => (cost(b.issues) < cost(a.issues) ? b : a));
  const inner: Scope = { input: value, schema: best.schema, path: [...scope.path, ...path], base: scope.base, suggest: scope.suggest };
  return best.issues.flatMap((i) => describe(i, inner));
}

function describe(issue: Issue, scope: Scope): Finding[] {
  const path = segments(issue.path);
  const value = valueAt(scope.input, path);
  const pointer = scope.base + toPointer([...scope.path, ...path]);
  const at = (code: SchemaFindingCode, message: Phrase): Finding[] => [{ code, severity: 'error', message, pointer }];
  const last = path[path.length - 1];
  const parent = valueAt(scope.input, path.slice(0, -1));
  // JSON has no undefined: a member holding it is as good as absent.
  if (typeof last === 'string' && isRecord(parent) && (!Object.hasOwn(parent, last) || parent[last] === undefined)) {
    const expected = expectation(issue);
    return at(
      'schema-missing-field',
      phrase(expected ? 'schema-missing-field.expected' : 'schema-missing-field', expected ? { field: last, expected } : { field: last }),
    );
  }
  switch (issue.code) {
    case 'invalid_type': {
      const hint =
        typeof value === 'string' && issue.expected === 'number' && value.trim() !== '' && Number.isFinite(Number(value))
          ? phrase('hint.without-quotes')
          : issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
            ? phrase('hint.in-quotes')
            : '';
      return at(
        'schema-wrong-type',
        phrase('schema.expected', {
          expected: expectation(issue) ?? issue.expected,
          got: phrase('schema.got-about', { got: kindOf(value), about: hint }),
        }),
      );
    }
    case 'invalid_value': {
      const close =
        typeof value === 'string'
          ? scope.suggest(
              value,
              issue.values.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      const which =
        issue.values.length === 1 ? show(issue.values[0]) : phrase('schema.one-of', { values: phraseList(issue.values.map(show)) });
      const about = close ? phrase('schema.did-you-mean', { close }) : '';
      return at(
        'schema-invalid-value',
        phrase('schema.expected', { expected: which, got: phrase('schema.got-about', { got: show(value), about }) }),
      );
    }
    case 'unrecognized_keys': {
      const object = resolveUnion(schemaAt(scope.schema, path, scope.input), value);
      const allowed = object instanceof z.core.$ZodObject ? Object.keys(object._zod.def.shape) : [];
      return issue.keys.map((key) => {
        const close = scope.suggest(key, allowed);
        const params = { field: clipped(key), hint: close ? phrase('hint.did-you-mean', { close }) : '', allowed: phraseList(allowed) };
        const message = phrase(allowed.length ? 'schema-unknown-field.allowed' : 'schema-unknown-field', params);
        return { code: 'schema-unknown-field', severity: 'error', message, pointer: pointer + toPointer([key]) };
      });
    }
    case 'too_small':
    case 'too_big':
      return at(issue.code === 'too_small' ? 'schema-too-small' : 'schema-too-big', sizeMessage(issue, value));
    case 'invalid_format':
      return at('schema-invalid-format', phrase('schema.expected', { expected: expectation(issue) ?? '', got: show(value) }));
    case 'not_multiple_of':
      return at('schema-invalid-value', phrase('schema.multiple-of', { divisor: Number(issue.divisor), got: show(value) }));
    case 'invalid_union':
      return describeUnion(issue, scope, path, value);
    case 'invalid_key':
    case 'invalid_element': {
      const key = issue.code === 'invalid_key' ? last : issue.key;
      const container = resolveUnion(schemaAt(scope.schema, path.slice(0, -1), scope.input), parent);
      const keySchema = container instanceof z.core.$ZodRecord ? container._zod.def.keyType : undefined;
      const inner: Scope = { input: key, schema: keySchema, path: [...scope.path, ...path], base: scope.base, suggest: scope.suggest };
      return issue.issues
        .flatMap((i) => describe(i, inner))
        .map((f) => ({ ...f, code: 'schema-invalid-key', message: phrase('schema-invalid-key', { key: show(key), problem: f.message }) }));
    }
    case 'custom':
      // A refinement's own words, from the schema: English until the schemas name a phrase.
      return at('schema-invalid', phrase('schema-invalid', { text: issue.message }));
  }
}

/**
 * Findings for a failed parse of `input`, pointers prefixed by `basePointer`
 * (where `input` sits in its document; "" for the whole of it). Pass the
 * schema that failed: without it, unknown-field messages cannot list the
 * fields allowed there.
 */
export function zodFindings(error: z.core.$ZodError | readonly Issue[], input: unknown, schema?: Schema, basePointer = ''): Finding[] {
  const issues = 'issues' in error ? error.issues : error;
  const scope: Scope = { input, schema, path: [], base: basePointer, suggest: createSuggester().suggest };
  const seen = new Set<string>();
  return issues
    .flatMap((issue) => describe(issue, scope))
    .filter((f) => {
      const key = `${f.pointer}\u0000${textKey(f.message)}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

export type ParseResult<T> = { success: true; data: T } | { success: false; findings: Finding[] };

/** Parses with a schema and returns the data or our findings. */
export function parseWithFindings<S extends Schema>(schema: S, input: unknown, basePointer = ''): ParseResult<z.core.output<S>> {
  const result = z.safeParse(schema, input);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, findings: zodFindings(result.error, input, schema, basePointer) };
}
