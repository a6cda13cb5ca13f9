import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildReport } from '../../../src/domain/report/build-report.js';
import { AnswersDocument } from '../../../src/domain/schemas/answers.js';
import { Checklist } from '../../../src/domain/schemas/checklist.js';
import { formatPercent } from '../../../src/i18n/numbers.js';
import { overallBandText } from '../../../src/format/overall-band.js';

/** Every figure of the second worked example (docs/scoring.md § 13), to the last digit. */

const load = (path: string): unknown => parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
const checklist = Checklist.parse(load('checklists/scoring-core-example.yaml'));
const answers = AnswersDocument.parse(load('answers/scoring-core-example.answers.yaml'));

function report(extra: Record<string, { value: string }> = {}, modelVersion: 1 | 2 = 2) {
  return buildReport({
    checklist,
    checklistHash: '0'.repeat(64),
    answers: { ...answers, answers: { ...answers.answers, ...extra } },
    tool: { name: 'selfassess', version: '0.2.0' },
    created: '2026-01-15T10:00:00Z',
    language: 'en',
    modelVersion,
  });
}

describe('worked example 2 of docs/scoring.md: a capped band, an unmet follow-up, an unknown', () => {
  const r = report();

  it('step 1: the follow-up is hidden and counts 0 of its weight; Σw = 15, Σw·s = 8', () => {
    expect(r.scores.overall.counts).toEqual({ answered: 5, dontKnow: 1, notApplicable: 0, hidden: 1, unanswered: 0, total: 7 });
    expect(r.scores.overall.score).toBe(0.5333);
  });

  it('step 2: sections 0.5 established, 0 initial (assessed), 1 advanced', () => {
    expect(r.scores.sections.map((s) => [s.id, s.score, s.band])).toEqual([
      ['crim', 0.5, 'established'],
      ['prot', 0, 'initial'],
      ['coop', 1, 'advanced'],
    ]);
  });

  it('step 3: the score falls in "established"; the core obligation not met caps the band at "developing"', () => {
    expect(r.core).toEqual([
      { question: 'offence', section: 'crim', status: 'not-met', sources: [{ catalogue: 'un-tip-protocol', provision: '5.1' }] },
    ]);
    expect(r.scores.overall.band).toBe('developing');
    expect(r.scores.overall.cap).toEqual({ scoreBand: 'established', obligations: ['offence'] });
    const label = (id: string | null): string => (id === 'developing' ? 'Developing' : String(id));
    expect(`${formatPercent(r.scores.overall.score ?? 0, 'en')} — ${overallBandText(r, 'en', label)}`).toBe(
      '53.3% — Developing (capped: core obligation not met: Protocol, art. 5(1))',
    );
  });

  it('step 4: gaps, the hidden follow-up among them', () => {
    expect(r.gaps.map((g) => [g.question, g.current, g.best, g.gap, g.hidden ?? false])).toEqual([
      ['offence', 0, 1, 0.2, false],
      ['shelters', 0, 1, 0.0667, false],
      ['shelter-standards', 0, 1, 0.0667, true],
    ]);
  });

  it('step 5: the unknown, with what it would add', () => {
    expect(r.unknowns).toEqual([
      {
        question: 'awareness',
        section: 'prot',
        state: 'dont-know',
        best: 1,
        gain: 0.1333,
        sources: [{ catalogue: 'un-tip-protocol', provision: '9.2' }],
      },
    ]);
  });

  it('step 6: "partly" with its follow-up "no" scores more than "no"; under model 1, "no" scored more', () => {
    const partly = report({ shelters: { value: 'partly' }, 'shelter-standards': { value: 'no' } });
    expect(partly.scores.overall.score).toBe(0.5667);
    expect(report({}, 1).scores.overall.score).toBe(0.5714);
    expect(report({ shelters: { value: 'partly' }, 'shelter-standards': { value: 'no' } }, 1).scores.overall.score).toBe(0.5667);
  });

  it('step 7: with the offence met, nothing caps the band', () => {
    const met = report({ offence: { value: 'yes' } });
    expect(met.scores.overall.score).toBe(0.7333);
    expect(met.scores.overall.band).toBe('established');
    expect(met.scores.overall.cap).toBeUndefined();
    expect(met.core?.[0]?.status).toBe('met');
  });
});
