import { describe, expect, it } from 'vitest';
import { computeIntegrity } from '../../../src/domain/report/integrity.js';
import { digestedReport } from '../../../src/domain/validate/report-digest.js';
import { isWellFormedReport } from '../../../src/domain/validate/report-shape.js';
import type { Report } from '../../../src/domain/schemas/report.js';
import { jsonShape } from '../../../src/io/depth.js';
import { MAX_NESTING_DEPTH } from '../../../src/io/limits.js';
import { sampleReport } from '../../support/sample-reports.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The law of digestedReport: the verdict of isWellFormedReport, and the digest computeIntegrity gives when it accepts;
 * for JSON data, the loader's census as its own walk (jsonShape) would take it.
 */
function expectLaw(data: unknown, label: string, json = true): boolean {
  // The canonical text written as bytes (a warm process) and as a string (a cold one): the same law.
  const accepted = expectLawOf(digestedReport(data, false), data, label, json);
  expect(expectLawOf(digestedReport(data, true), data, `${label} (as text)`, json)).toBe(accepted);
  return accepted;
}

function expectLawOf(checked: ReturnType<typeof digestedReport>, data: unknown, label: string, json: boolean): boolean {
  const accepted = isWellFormedReport(data);
  expect(checked !== undefined, label).toBe(accepted);
  if (checked !== undefined && accepted && json) {
    const shape = jsonShape(data, MAX_NESTING_DEPTH);
    expect(checked.colons, label).toBe(shape.keys + shape.colons);
    expect(shape.nesting, label).toBeLessThanOrEqual(checked.nesting);
  }
  if (checked !== undefined && accepted) {
    let expected: string | undefined;
    try {
      expected = computeIntegrity(data).digest;
    } catch {
      expected = undefined;
    }
    expect(checked.digest, label).toBe(expected);
    expect(checked.report).toBe(data);
  }
  return accepted;
}

function trimmed(data: Json): Json {
  if (Array.isArray(data)) return data.slice(0, 3).map(trimmed);
  if (typeof data !== 'object' || data === null) return data;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, trimmed(value)]));
}

/** Copies of `data` with one value changed, removed, added or reordered, at every place. */
function* variants(data: Json): Generator<Json> {
  for (const replacement of [null, true, -1, 0, 0.5, 1, 2, 12345, '', 'x', 'A-1', 'a:b', 'é"\\\n', [], {}] satisfies Json[])
    yield replacement;
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) for (const changed of variants(item)) yield data.map((v, j) => (i === j ? changed : v));
    yield [];
    if (data.length > 0) yield [...data, data[0] ?? null];
  } else if (typeof data === 'object' && data !== null) {
    const entries = Object.entries(data);
    for (const [key, value] of entries) {
      for (const changed of variants(value)) yield { ...data, [key]: changed };
      const rest = { ...data };
      delete rest[key];
      yield rest;
    }
    yield Object.fromEntries(entries.reverse());
    yield { ...data, unknownMember: 'x', zz: 1, A: [] };
  }
}

describe('digestedReport: the schema check, the digest, and the census of the loader', () => {
  it('says what isWellFormedReport says and gives the digest computeIntegrity gives, for every one-value change of a report', async () => {
    const full = JSON.parse(JSON.stringify(await sampleReport('FRA', '2025'))) as { [key: string]: Json };
    // Three items per array: every part of the schema, fewer copies; the answers whole (more keys than a handful).
    const report = Object.fromEntries(Object.entries(full).map(([key, value]) => [key, key === 'answers' ? value : trimmed(value)]));
    expect(Object.keys(report.answers ?? {}).length).toBeGreaterThan(16);
    expect(expectLaw(report, 'the report')).toBe(true);
    let accepted = 0;
    let count = 0;
    // The members whose changes the digest sees (integrity aside, which it leaves out but checks).
    for (const key of [
      'tool',
      'scoring',
      'respondent',
      'dates',
      'completeness',
      'scores',
      'gaps',
      'core',
      'unknowns',
      'integrity',
      'checklist',
    ]) {
      for (const changed of variants(report[key] ?? null)) {
        if (expectLaw({ ...report, [key]: changed }, `${key}: ${JSON.stringify(changed).slice(0, 200)}`)) accepted++;
        count++;
      }
    }
    let whole = 0;
    for (const changed of variants(report)) {
      if (++whole > 300) break;
      if (expectLaw(changed, JSON.stringify(changed).slice(0, 200))) accepted++;
    }
    // Both verdicts occur many times: the comparison says something.
    expect(count).toBeGreaterThan(2000);
    expect(accepted).toBeGreaterThan(300);
    expect(count - accepted).toBeGreaterThan(1000);
  });

  it('gives the digest of the report as the builder made it (keys in another order than JSON.parse gives), answers of every kind', async () => {
    for (const [country, period] of [
      ['FRA', '2025'],
      ['KEN', '2025'],
      ['SEN', '2025'],
    ] as const) {
      const report: Report = await sampleReport(country, period);
      expect(expectLaw(report, country)).toBe(true);
      expect(digestedReport(report, false)?.digest).toBe(report.integrity.digest);
      expect(digestedReport(report, true)?.digest).toBe(report.integrity.digest);
    }
  });

  it('leaves out and checks what JSON cannot hold as canonicalHash does: an undefined member, a function (then no digest, as computeIntegrity throws)', async () => {
    const report = JSON.parse(JSON.stringify(await sampleReport('FRA', '2025'))) as { [key: string]: unknown };
    const respondent = report.respondent as { [key: string]: unknown };
    const odd: unknown[] = [
      { ...report, core: undefined },
      { ...report, period: undefined },
      { ...report, respondent: { ...respondent, role: undefined } },
      { ...report, respondent: { ...respondent, role: () => 'x' } },
      { ...report, answers: { ...(report.answers as object), x: undefined } },
      { ...report, gaps: [undefined] },
      { ...report, language: Symbol('en') },
      { ...report, formatVersion: Number.NaN },
    ];
    for (const [i, variant] of odd.entries()) expectLaw(variant, `variant ${i}`, false);
  });
});
