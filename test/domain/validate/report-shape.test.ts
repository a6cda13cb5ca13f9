import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { RESERVED_KEYS } from '../../../src/domain/reserved-keys.js';
import { REPORT_NESTING, reportCheck } from '../../../src/domain/validate/report-check.generated.js';
import { isWellFormedReport } from '../../../src/domain/validate/report-shape.js';
import { sampleReport } from '../../support/sample-reports.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

async function generatedSource(): Promise<string> {
  // A build script (plain JavaScript): imported by its URL, its one function checked before use.
  const script: unknown = await import(pathToFileURL(path.join(ROOT, 'scripts/generate-report-check.mjs')).href);
  const generate = typeof script === 'object' && script !== null ? Reflect.get(script, 'reportCheckSource') : undefined;
  if (typeof generate !== 'function') throw new Error('scripts/generate-report-check.mjs exports no reportCheckSource');
  const source: unknown = await generate();
  if (typeof source !== 'string') throw new Error('reportCheckSource returned no text');
  return source;
}

/** What the check must say: ajv's verdict on the whole schema, and no reserved key anywhere. */
function expected(): (data: unknown) => boolean {
  const schema: object = JSON.parse(readFileSync(path.join(ROOT, 'schemas/report.schema.json'), 'utf8'));
  // zod's patterns run without the u flag; "format" repeats a pattern. Strings below are ASCII:
  // ajv's code-point lengths are zod's code-unit lengths.
  const validate = new Ajv2020({ unicodeRegExp: false, validateFormats: false, strict: false }).compile(schema);
  const reserved = (data: unknown): boolean =>
    typeof data === 'object' && data !== null && Object.entries(data).some(([key, value]) => RESERVED_KEYS.has(key) || reserved(value));
  return (data) => validate(data) && !reserved(data);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `data` with at most two items per array and three members per record: every part of the schema, fewer copies. */
function trimmed(data: Json, record = false): Json {
  if (Array.isArray(data)) return data.slice(0, 2).map((item) => trimmed(item));
  if (typeof data !== 'object' || data === null) return data;
  const entries = Object.entries(data);
  return Object.fromEntries((record ? entries.slice(0, 3) : entries).map(([key, value]) => [key, trimmed(value, RECORDS.has(key))]));
}
const RECORDS = new Set(['answers', 'sections', 'label', 'title', 'optionText']);

/** Copies of `data` with one value changed, removed or given a neighbour, at every place. */
function* variants(data: Json): Generator<Json> {
  const replacements: Json[] = [null, true, -1, 0, 0.5, 1, 2, '', 'x', 'A-1', [], {}];
  for (const replacement of replacements) yield replacement;
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) for (const changed of variants(item)) yield data.map((v, j) => (i === j ? changed : v));
    yield [];
    if (data.length > 0) yield [...data, data[0] ?? null];
  } else if (typeof data === 'object' && data !== null) {
    for (const [key, value] of Object.entries(data)) {
      for (const changed of variants(value)) yield { ...data, [key]: changed };
      const rest = { ...data };
      delete rest[key];
      yield rest;
    }
    yield { ...data, unknownMember: 'x' };
    for (const key of RESERVED_KEYS) yield JSON.parse(`{"${key}":{},${JSON.stringify(data).slice(1)}`.replace(',}', '}')) as Json;
  }
}

describe('the report check', () => {
  it('is what scripts/generate-report-check.mjs makes of schemas/report.schema.json (npm run build writes it)', async () => {
    const committed = readFileSync(path.join(ROOT, 'src/domain/validate/report-check.generated.js'), 'utf8');
    expect(committed === (await generatedSource())).toBe(true);
  });

  it('says what ajv says of the whole schema, with no reserved key, for every one-value change of a report', async () => {
    const check = expected();
    const report = trimmed(JSON.parse(JSON.stringify(await sampleReport('FRA', '2025'))) as Json);
    expect(isWellFormedReport(report)).toBe(true);
    let accepted = 0;
    let count = 0;
    for (const variant of variants(report)) {
      const want = check(variant);
      if (isWellFormedReport(variant) !== want) expect.fail(`differs from ajv on ${JSON.stringify(variant).slice(0, 2000)}`);
      if (want) accepted++;
      count++;
    }
    // Both verdicts occur many times: the comparison says something.
    expect(count).toBeGreaterThan(2000);
    expect(accepted).toBeGreaterThan(100);
    expect(count - accepted).toBeGreaterThan(1000);
  });

  it('is refused a reserved key that the schema names as a member (its case would accept it)', () => {
    expect(() => reportCheck(new Set(['answers']))).toThrow('reserved key "answers"');
    expect(() => reportCheck(RESERVED_KEYS)).not.toThrow();
  });

  it('bounds the nesting of what it accepts by the schema: a report is as deep as its deepest path', async () => {
    const depth = (data: unknown): number =>
      typeof data === 'object' && data !== null ? 1 + Math.max(0, ...Object.values(data).map(depth)) : 0;
    const report: unknown = JSON.parse(JSON.stringify(await sampleReport('FRA', '2025')));
    // scoring → core → obligations → an obligation → met → a question: the schema's deepest path, which reports reach.
    expect(REPORT_NESTING).toBe(6);
    expect(depth(report)).toBe(REPORT_NESTING);
  });
});
