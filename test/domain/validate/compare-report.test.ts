import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/canonical.js';
import { buildReportBody } from '../../../src/domain/report/build-report.js';
import { submittedReportInput } from '../../../src/domain/report/report-input.js';
import { Report } from '../../../src/domain/schemas/report.js';
import { compareReport, sameJson } from '../../../src/domain/validate/compare-report.js';
import { referenceCompareReport } from '../../support/compare-report-reference.js';
import { bundledChecklist, leaveSectionUnanswered, sampleReport } from '../../support/sample-reports.js';

/** The same value with the keys of every object in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reversed(Reflect.get(value, key))]),
  );
}

describe('sameJson: equality of canonical JSON, without writing it', () => {
  it('agrees with comparing canonical texts on arbitrary pairs, and on a value with its keys reordered', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(sameJson(a, reversed(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('on values that differ deep down, in a member more or less, or by undefined members', () => {
    const base = { a: [1, { b: 'x', c: [true, null] }], d: { e: 0.5 } };
    expect(sameJson(base, { d: { e: 0.5 }, a: [1, { c: [true, null], b: 'x' }] })).toBe(true);
    expect(sameJson(base, { ...base, d: { e: 0.5, f: 1 } })).toBe(false);
    expect(sameJson({ ...base, d: { e: 0.5, f: 1 } }, base)).toBe(false);
    expect(sameJson(base, { ...base, a: [1, { b: 'x', c: [true, 0] }] })).toBe(false);
    expect(sameJson({ a: 1, u: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, u: undefined })).toBe(true);
    expect(sameJson({ a: undefined }, { b: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson({ 0: 'x' }, ['x'])).toBe(false);
    // Own members only, as Object.keys lists them: an inherited enumerable member is no member.
    const inheriting = Object.create({ inherited: 1 }) as Record<string, unknown>;
    inheriting['a'] = 1;
    expect(sameJson(inheriting, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, inheriting)).toBe(true);
    expect(sameJson(inheriting, { a: 1, inherited: 1 })).toBe(false);
  });
});

/** Every place in a value where a leaf (or a list) sits, as a path of keys and indexes. */
function places(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [at];
  const children = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  const inside = children.flatMap((key) => places(Reflect.get(value, key), [...at, key]));
  return Array.isArray(value) ? [at, ...inside] : inside;
}

/** Another value for a leaf or a list: a near number, another string of the report, the other boolean, a list changed. */
function otherValue(value: unknown, strings: readonly string[], pick: number): unknown {
  if (typeof value === 'number') return [value + 0.0001, value - 0.0001, 0, 1, null, -0][pick % 6];
  if (typeof value === 'string') return strings[pick % strings.length] === value ? `${value}x` : strings[pick % strings.length];
  if (typeof value === 'boolean') return !value;
  if (value === null) return [0, 0.5][pick % 2];
  if (Array.isArray(value)) {
    const list = [...value] as unknown[];
    switch (pick % 4) {
      case 0:
        return list.slice(1);
      case 1:
        return [...list, list[0]];
      case 2:
        return list.reverse();
      default:
        return list.length > 1 ? [list[1], list[0], ...list.slice(2)] : [];
    }
  }
  return value;
}

describe('compareReport: the same findings as comparing with sameJson throughout (test/support/compare-report-reference.ts)', () => {
  it('on reports with one member of their figures, their answers or their checklist reference altered, left out or added', async () => {
    const { checklist, hash } = await bundledChecklist();
    const reports = await Promise.all([
      sampleReport('FRA', '2025'),
      sampleReport('SEN', '2025'),
      sampleReport('KEN', '2024'),
      sampleReport('PHL', '2025', { tweak: leaveSectionUnanswered(checklist, 'prevention') }),
    ]);
    const recomputable = ['scoring', 'completeness', 'scores', 'gaps', 'unknowns', 'core', 'assistance', 'answers', 'dates'];
    let found = 0;
    fc.assert(
      fc.property(fc.nat(reports.length - 1), fc.nat(), fc.nat(), fc.boolean(), (which, where, pick, drop) => {
        const report: Report = structuredClone(reports[which] as Report);
        const strings = [...new Set(JSON.stringify(report).match(/"[^"]*"/g) ?? [])].map((s) => s.slice(1, -1));
        const all = places(report).filter((p) => recomputable.includes(String(p[0])) && p.length > 1);
        const path = all[where % all.length] as Array<string | number>;
        const parent = path.slice(0, -1).reduce<unknown>((v, key) => Reflect.get(v as object, key), report) as Record<string, unknown>;
        const key = path[path.length - 1] as string;
        if (drop && !Array.isArray(parent)) delete parent[key];
        else parent[key] = otherValue(parent[key], strings, pick);
        if (pick % 5 === 0 && report.scores.overall.cap === undefined) {
          report.scores.overall.cap = { scoreBand: 'substantial', obligations: ['art3-a-acts'] };
        }
        // validate compares only reports of the schema: others never reach the comparison.
        fc.pre(Report.safeParse(report).success);
        const body = buildReportBody({ ...submittedReportInput(report, checklist, hash, 2) });
        const findings = compareReport(report, body);
        expect(findings).toEqual(referenceCompareReport(report, body));
        found += findings.length;
      }),
      { numRuns: 600, maxSkipsPerRun: 1000 },
    );
    // Most alterations are found: the law is not held on reports that all compare equal.
    expect(found).toBeGreaterThan(300);
  });
});
