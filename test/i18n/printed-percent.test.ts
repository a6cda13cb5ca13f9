import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/domain/localize.js';
import { buildReport } from '../../src/domain/report/build-report.js';
import type { Band } from '../../src/domain/schemas/checklist.js';
import { bandFor, round4 } from '../../src/domain/scoring/score.js';
import { assessedScore } from '../../src/domain/scoring/assessed.js';
import { renderMarkdown } from '../../src/format/render/markdown.js';
import { reportView } from '../../src/format/render/report-view.js';
import { formatSummary } from '../../src/format/summary.js';
import { formatPercent } from '../../src/i18n/numbers.js';
import { answersDocument, scenarioArb } from '../support/arbitraries.js';

/** The number a printed percentage shows, as a fraction: "74,9 %" → 0.749. */
function printed(text: string): number {
  return Number(text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.')) / 100;
}

/** Bands tiling [0, 1] with bounds of at most three decimals, as lint requires. */
const bandsArb: fc.Arbitrary<Band[]> = fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 5 }).map((cuts) => {
  const bounds = [0, ...cuts.sort((a, b) => a - b).map((c) => c / 1000), 1];
  return bounds.slice(1).map((max, i) => ({ id: `b${i}`, min: bounds[i] ?? 0, max, label: `B${i}` }));
});

/** Whether a printed figure lies within a band's range. */
function within(figure: number, band: Band | undefined): boolean {
  if (!band) return false;
  return figure >= band.min - 1e-9 && (figure < band.max - 1e-9 || (band.max === 1 && figure <= 1));
}

describe('printed percentages never contradict their bands (docs/scoring.md § 8)', () => {
  it('a score prints inside the range of its band, in English and in French', () => {
    fc.assert(
      fc.property(bandsArb, fc.integer({ min: 0, max: 10_000 }), fc.constantFrom('en', 'fr'), (bands, n, language) => {
        const score = round4(n / 10_000);
        const band = bands.find((b) => b.id === bandFor(bands, score));
        expect(within(printed(formatPercent(score, language)), band)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('truncates, never rounds up: 0.7496 is 74.9 %, 0.29 is 29.0 %', () => {
    expect(formatPercent(0.7496, 'en')).toBe('74.9%');
    expect(formatPercent(0.7496, 'fr')).toBe('74,9\u00a0%');
    expect(formatPercent(0.29, 'en')).toBe('29.0%');
    expect(formatPercent(0.4995, 'en')).toBe('49.9%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
  });

  it('every (percentage, band) pair the summary and the Markdown report print agrees', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom('en', 'fr'), ({ checklist, answers }, language) => {
        const report = buildReport({
          checklist,
          checklistHash: 'a'.repeat(64),
          answers: answersDocument(checklist, answers),
          tool: { name: 'selfassess', version: '0.2.0' },
          created: '2026-11-29T10:00:00Z',
          language,
        });
        const labels = new Map(checklist.scoring.bands.map((b) => [localize(b.label, language, 'en'), b]));
        const pairs: Array<[string, string]> = [];
        const summary = formatSummary(report, checklist, { language, color: false, width: 120 });
        // The incomplete mark follows the overall band on its line: the band is what precedes it.
        const mark = / \((assessment incomplete|évaluation incomplète)\)(?= {2}|$)/gm;
        for (const m of summary.replace(mark, '').matchAll(/(\d[\d.,]*\u00a0?%)(?: —)? +(\S[^\n]*?)(?= {2}|$)/gm))
          pairs.push([m[1] ?? '', (m[2] ?? '').trim()]);
        const markdown = renderMarkdown(
          reportView({ report, checklist, catalogues: new Map(), language, integrityOk: true, signature: { status: 'not-signed' } }),
        );
        for (const m of markdown.matchAll(/\| (\d[\d.,]*\u00a0?%) \| ([^|]+?) \|/g)) pairs.push([m[1] ?? '', (m[2] ?? '').trim()]);
        let checked = 0;
        for (const [percent, label] of pairs) {
          const band = labels.get(label);
          if (!band) continue; // a pillar row, or a figure printed with no band
          checked += 1;
          expect(within(printed(percent), band), `${percent} printed beside ${label}`).toBe(true);
        }
        // A section nobody answered prints "not assessed", with no band (docs/scoring.md § 3).
        if (report.scores.sections.some((s) => s.band !== null && assessedScore(s.score, s.counts) !== null))
          expect(checked).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
