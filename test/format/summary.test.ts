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

describe('textBar', () => {
  it('fills as many cells as the score, within bounds', () => {
    expect(textBar(0, 10)).toBe('░░░░░░░░░░');
    expect(textBar(0.5, 10)).toBe('█████░░░░░');
    expect(textBar(1.2, 4)).toBe('████');
  });
});

describe('formatSummary', () => {
  it('shows the score and band, a bar per section and pillar, the gaps with their provisions and the report', () => {
    const text = formatSummary(report, checklist, { language: 'en', color: false, width: 100, reportPath: 'fra-branches-2025.report.json' });
    expect(text).toMatchInlineSnapshot(`
      "Self-assessment: France (FRA), period 2025
      Checklist: Conditional branches (branches 1.0.0)

      Overall score: 50.0% — High  ██████████░░░░░░░░░░
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
    expect(text).toContain('Note globale : 50,0\u00a0% — Élevé');
    expect(text).toContain('+12,5 points au total');
    expect(text).toContain('Incrimination');
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
