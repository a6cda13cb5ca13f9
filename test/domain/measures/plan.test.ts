import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintMeasures } from '../../../src/domain/measures/lint.js';
import { measuresFor } from '../../../src/domain/measures/match.js';
import { buildPlan, orderItems, type PlanItem } from '../../../src/domain/measures/plan.js';
import { progressAgainstPlan, progressFindings } from '../../../src/domain/measures/progress.js';
import { buildReport } from '../../../src/domain/report/build-report.js';
import { AnswersDocument } from '../../../src/domain/schemas/answers.js';
import { Checklist } from '../../../src/domain/schemas/checklist.js';
import { MeasuresDocument, type Measure } from '../../../src/domain/schemas/measures.js';
import { planMarkdown } from '../../../src/format/plan/markdown.js';
import { planView } from '../../../src/format/plan/view.js';
import { bundledCatalogues } from '../rules/lint-fixture.js';
import { writeText } from '../../../src/i18n/write-text.js';

const load = (path: string): unknown => parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
const checklist = Checklist.parse(load('checklists/scoring-core-example.yaml'));
const answers = AnswersDocument.parse(load('answers/scoring-core-example.answers.yaml'));
const measures = MeasuresDocument.parse(load('measures/core-example.measures.yaml'));

function report(extra: Record<string, { value: string }> = {}, period = '2026') {
  return buildReport({
    checklist,
    checklistHash: '0'.repeat(64),
    answers: { ...answers, period, answers: { ...answers.answers, ...extra } },
    tool: { name: 'selfassess', version: '0.2.0' },
    created: '2026-01-15T10:00:00Z',
    language: 'en',
  });
}

describe('plan from worked example 2', () => {
  const plan = buildPlan(report(), checklist, measures);

  it('puts the unmet core obligation first, then gaps and unknowns by value, and attaches the measures cheapest first', () => {
    expect(plan.items.map((i) => [i.kind, i.question, i.value, i.measures])).toEqual([
      ['core', 'offence', 0.2, ['enact-offence']],
      ['unknown', 'awareness', 0.1333, ['campaign']],
      ['gap', 'shelters', 0.0667, ['shelter-agreements']],
      ['gap', 'shelter-standards', 0.0667, ['shelter-agreements']],
    ]);
    expect(plan.baseline).toEqual({ offence: 0, shelters: 0, 'shelter-standards': 0 });
  });

  it("writes the plan in Markdown, with the State's columns left empty", () => {
    const md = planMarkdown(planView(plan, checklist, measures, 'en'));
    expect(md).toContain('# Draft national action plan: France');
    expect(md).toContain('### 1\\. 1.1 Is trafficking in persons, as defined in article 3, a criminal offence?');
    expect(md).toContain('**Core obligation not met** · Points: 20.0 · Criminalization');
    expect(md).toContain('Provisions: Protocol, art. 5(1)');
    expect(md).toContain(
      '| Measure | Kind | Cost | Time frame | Lead actors | Indicators | Tools | Responsible institution | Deadline | Budget |',
    );
    expect(md).toContain(
      '| **Enact the trafficking offence**<br>Make the conduct of article 3 a criminal offence. | legislative | medium | medium | Ministry of justice | Is trafficking in persons, as defined in article 3, a criminal offence? | UNODC, Model Law against Trafficking in Persons (2009) |  |  |  |',
    );
    const fr = planMarkdown(planView(plan, checklist, measures, 'fr'));
    expect(fr).toContain('# Projet de plan d’action national\u00a0: France');
    expect(fr).toContain('**Obligation fondamentale non remplie** · Points\u00a0: 20,0');
  });

  it('measures progress from a later report: indicators that improved, items closed and remaining', () => {
    const later = report({ offence: { value: 'yes' }, shelters: { value: 'partly' } }, '2027');
    expect(progressFindings(plan, later)).toEqual([]);
    const progress = progressAgainstPlan(plan, later, checklist, measures);
    expect(progress.measures.find((m) => m.measure === 'enact-offence')?.indicators).toEqual([
      { question: 'offence', before: 0, after: 1, trend: 'improved' },
    ]);
    expect(progress.items.closed).toEqual(['offence']);
    expect(progress.items.remaining).toEqual(['awareness', 'shelters', 'shelter-standards']);
    expect(progress.items.new).toEqual([]);
  });

  it("refuses to measure another party's report against the plan", () => {
    const other = { ...report(), respondent: { party: { type: 'state' as const, code: 'BEL', name: 'Belgium' } } };
    expect(progressFindings(plan, other).map((f) => f.code)).toEqual(['plan-other-party']);
  });
});

describe('ordering laws', () => {
  const measure = (id: string, cost: Measure['cost'], timeFrame: Measure['timeFrame']): Measure => ({
    id,
    title: id,
    description: id,
    provisions: [{ catalogue: 'c', provision: '1' }],
    kind: 'operational',
    cost,
    timeFrame,
    actors: ['a'],
    indicators: [{ text: 'x' }],
  });
  const pool = [
    measure('low-short', 'low', 'short'),
    measure('low-long', 'low', 'long'),
    measure('medium', 'medium', 'short'),
    measure('high', 'high', 'long'),
  ];
  const itemArb = fc.record({
    kind: fc.constantFrom<PlanItem['kind']>('core', 'gap', 'unknown'),
    question: fc.string({ minLength: 1, maxLength: 4 }),
    value: fc.constantFrom(0, 0.05, 0.1, 0.2),
    measures: fc.subarray(pool.map((m) => m.id)),
  });

  it('never puts a core obligation after a gap or an unknown; among equal values, the cheaper and quicker first', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 12 }), (raw) => {
        const items: PlanItem[] = raw.map((r) => ({
          ...r,
          section: 's',
          pillars: [],
          sources: [],
          answer: undefined,
          evidence: undefined,
          assistance: [],
        }));
        const ordered = orderItems(items, pool, new Map());
        const firstOther = ordered.findIndex((i) => i.kind !== 'core');
        if (firstOther >= 0) expect(ordered.slice(firstOther).some((i) => i.kind === 'core')).toBe(false);
        const rank = { low: 0, medium: 1, high: 2 } as const;
        const easiest = (i: PlanItem) => Math.min(...i.measures.map((id) => rank[pool.find((m) => m.id === id)?.cost ?? 'high']), 9);
        for (let k = 1; k < ordered.length; k++) {
          const [a, b] = [ordered[k - 1], ordered[k]];
          if (!a || !b || a.kind === 'core' || b.kind === 'core' || a.value !== b.value) continue;
          expect(easiest(a)).toBeLessThanOrEqual(easiest(b));
        }
      }),
    );
  });

  it('matches the measures of the provision itself; failing any, those of its parent or subdivisions, cheapest first', () => {
    const ids = (provision: string): string[] =>
      measuresFor([{ catalogue: 'un-tip-protocol', provision }], measures.measures).map((m) => m.id);
    expect(ids('6.3.a')).toEqual(['shelter-agreements']);
    expect(ids('6.3.b')).toEqual(['shelter-network']);
    expect(ids('6')).toEqual(['shelter-agreements', 'shelter-network']);
    expect(ids('11.1')).toEqual([]);
  });
});

describe('lintMeasures', () => {
  it('passes the fixture, and reports an unknown provision, actor, tool and indicator question', async () => {
    const catalogues = await bundledCatalogues();
    expect(lintMeasures(measures, catalogues, [checklist]).filter((f) => f.severity === 'error')).toEqual([]);
    const broken: MeasuresDocument = structuredClone(measures);
    const first = broken.measures[0];
    if (!first) throw new Error('no measure');
    first.provisions.push({ catalogue: 'un-tip-protocol', provision: '99.9' });
    first.actors.push('nobody');
    first.tools = ['no-tool'];
    first.indicators.push({ checklist: 'scoring-core-example', question: 'no-such-question' });
    expect(
      lintMeasures(broken, catalogues, [checklist])
        .map((f) => f.code)
        .sort(),
    ).toEqual(['measure-indicator-unknown-question', 'measure-unknown-actor', 'measure-unknown-provision', 'measure-unknown-tool']);
  });

  it('reports a duplicate id, a missing translation, and a provision in scope without a measure', async () => {
    const catalogues = await bundledCatalogues();
    const broken: MeasuresDocument = structuredClone(measures);
    const [first, second] = broken.measures;
    if (!first || !second) throw new Error('fixture changed');
    second.id = first.id;
    first.title = { en: 'Only English' };
    const scoped: typeof checklist = { ...checklist, catalogues: [{ id: 'un-tip-protocol', scope: ['5.1', '11.1'] }] };
    const findings = lintMeasures(broken, catalogues, [scoped]);
    expect(findings.map((f) => [f.code, f.severity, f.pointer])).toEqual([
      ['measure-missing-translation', 'error', '/measures/0/title'],
      ['measure-duplicate-id', 'error', '/measures/1/id'],
      ['provision-without-measure', 'warning', '/measures'],
    ]);
    expect(writeText(findings[2]?.message ?? '', 'en')).toContain('un-tip-protocol 11.1');
    expect(writeText(findings[2]?.message ?? '', 'fr')).toContain('n’a aucune mesure');
  });
});
