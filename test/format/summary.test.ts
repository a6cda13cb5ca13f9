import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/report/build-report.js';
import type { Checklist } from '../../src/domain/schemas/checklist.js';
import type { Report } from '../../src/domain/schemas/report.js';
import { formatSummary, textBar } from '../../src/format/summary.js';
import { loadFixtureChecklist } from '../support/walk-fixture.js';

let checklist: Checklist;
let report: Report;
beforeAll(async () => {
  const loaded = await loadFixtureChecklist();
  checklist = loaded.checklist;
  report = buildReport({
    checklist,
    checklistHash: loaded.hash,
    answers: {
      kind: 'answers',
      formatVersion: 1,
      checklist: { id: checklist.id, version: checklist.version },
      respondent: { party: { type: 'state', code: 'FRA', name: 'France' } },
      period: '2025',
      answers: { party: { value: 'party' }, offence: { value: 'partly' }, forms: { value: ['sexual'] } },
    },
    tool: { name: 'selfassess', version: '0.1.0' },
    created: '2026-03-01T09:30:00Z',
    language: 'en',
  });
});

function answersOf(r: Report) {
  return {
    kind: 'answers' as const,
    formatVersion: 1 as const,
    checklist: { id: r.checklist.id, version: r.checklist.version },
    respondent: r.respondent,
    period: r.period,
    answers: r.answers,
  };
}

describe('textBar', () => {
  it('fills as many cells as the score, within bounds', () => {
    expect(textBar(0, 10)).toBe('░░░░░░░░░░');
    expect(textBar(0.5, 10)).toBe('█████░░░░░');
    expect(textBar(1.2, 4)).toBe('████');
  });
});

describe('formatSummary', () => {
  it('shows the score and band, a bar per section and pillar, the gaps with their provisions and the report', () => {
    const text = formatSummary(report, checklist, {
      language: 'en',
      color: false,
      width: 100,
      reportPath: 'fra-branches-2025.report.json',
    });
    expect(text).toMatchInlineSnapshot(`
      "Self-assessment: France (FRA), period 2025
      Checklist: Conditional branches (branches 1.0.0)

      Overall score: 50.0% — High (assessment incomplete)  ██████████░░░░░░░░░░
      INCOMPLETE: 2 questions unanswered — the report is marked incomplete.

      By section
        Status                                            ████████████████████ 100.0%  High
        Criminalization                                   ███████░░░░░░░░░░░░░  33.3%  Low

      By pillar
        Prosecution                                       ███████░░░░░░░░░░░░░  33.3%
        Partnership                                       ████████████████████ 100.0%

      Largest gaps (where a better answer would raise the overall score most)
        1. Is trafficking a criminal offence?
           offence · +12.5 points overall (50.0% → 100.0%)
           Provisions: Protocol, art. 5(1)
        2. Which forms of exploitation are covered?
           forms · +12.5 points overall (50.0% → 100.0%)

      What is not known ("don't know" or unanswered: each counts 0)
        1. Are foreign victims protected?
           foreign · unanswered · +25.0 points overall if fully met

      Report written to: fra-branches-2025.report.json
      "
    `);
  });

  it('speaks French, with French number typography', () => {
    const text = formatSummary(report, checklist, { language: 'fr', color: false, width: 100 });
    expect(text).toContain('Note globale\u00a0: 50,0\u00a0% — Élevé');
    expect(text).toContain('+12,5 points au total');
    expect(text).toContain('Incrimination');
  });

  it('prints "not assessed" for a section none of whose questions is answered, and the incomplete mark beside the score', () => {
    const partial = buildReport({
      checklist,
      checklistHash: report.checklist.hash,
      answers: { ...answersOf(report), answers: { party: { value: 'party' } } },
      tool: report.tool,
      created: report.dates.created,
      language: 'en',
    });
    const criminalization = partial.scores.sections.find((s) => s.id !== 'status');
    expect(criminalization?.score).toBe(0);
    const en = formatSummary(partial, checklist, { language: 'en', color: false, width: 100 });
    expect(en).toMatch(/^ {2}Criminalization +not assessed$/m);
    expect(en).toMatch(/^Overall score: .* \(assessment incomplete\) /m);
    const fr = formatSummary(partial, checklist, { language: 'fr', color: false, width: 100 });
    expect(fr).toMatch(/^ {2}Incrimination +non évalué$/m);
    expect(fr).toMatch(/^Note globale\u00a0: .* \(évaluation incomplète\) /m);
    expect(fr).toContain(`INCOMPLET\u00a0: ${partial.completeness.missing} questions sans réponse`);
  });

  it('says "1 question" in the singular, and marks nothing on a complete report', () => {
    const one = {
      ...report,
      completeness: { complete: false, missing: 1, missingQuestions: report.completeness.missingQuestions.slice(0, 1) },
    };
    expect(formatSummary(one, checklist, { language: 'fr', color: false, width: 100 })).toContain(
      'INCOMPLET\u00a0: 1 question sans réponse —',
    );
    expect(formatSummary(one, checklist, { language: 'en', color: false, width: 100 })).toContain('INCOMPLETE: 1 question unanswered —');
    const complete = { ...report, completeness: { complete: true, missing: 0, missingQuestions: [] } };
    const text = formatSummary(complete, checklist, { language: 'en', color: false, width: 100 });
    expect(text).not.toContain('incomplete');
    expect(text).toContain('Complete: every question');
  });

  it('colours only when asked', () => {
    expect(formatSummary(report, checklist, { language: 'en', color: false, width: 80 })).not.toMatch(/\u001b\[/);
    expect(formatSummary(report, checklist, { language: 'en', color: true, width: 80 })).toMatch(/\u001b\[/);
  });

  it('fits long titles into a narrow terminal', () => {
    const text = formatSummary(report, checklist, { language: 'en', color: false, width: 50 });
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });
});
