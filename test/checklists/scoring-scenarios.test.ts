import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/report/build-report.js';
import type { Answer } from '../../src/domain/schemas/answers.js';
import type { Checklist } from '../../src/domain/schemas/checklist.js';
import type { Report } from '../../src/domain/schemas/report.js';
import { answersDocument } from '../support/arbitraries.js';
import { answersWhere, bundledChecklist, cites } from '../support/bundled-answers.js';

const BOTTOM_TWO = ['initial', 'developing'];

function report(checklist: Checklist, hash: string, answers: Record<string, Answer>): Report {
  const document = { ...answersDocument(checklist, answers), checklist: { id: checklist.id, version: checklist.version, hash } };
  return buildReport({
    checklist,
    checklistHash: hash,
    answers: document,
    tool: { name: 'selfassess', version: '0.2.0' },
    created: '2026-11-29T10:00:00Z',
    language: 'en',
  });
}

/**
 * The scenarios of the legal review (../shared/reviews/checklist-content-review.md,
 * part (c), D1 and S10): a State without a trafficking offence, and a follow-up
 * that rewarded "no" over "partly".
 */
describe('review scenarios on the bundled checklists', () => {
  it('tip-protocol: no trafficking offence (arts 3, 4, 5 at their worst, all else best) lands in the bottom two bands, capped', async () => {
    const { checklist, hash } = await bundledChecklist('checklists/tip-protocol.yaml');
    const r = report(
      checklist,
      hash,
      answersWhere(checklist, (q) => cites(q, 'un-tip-protocol', ['3', '4', '5'])),
    );
    expect(BOTTOM_TWO).toContain(r.scores.overall.band);
    expect(r.scores.overall.score).toBeGreaterThan(0.5); // the score alone would say more: the cap is what tells the truth
    expect(r.scores.overall.cap?.obligations).toContain('art5-1-criminalization-offence');
    expect(r.core?.find((c) => c.question === 'art5-1-criminalization-offence')?.status).toBe('not-met');
  });

  it('tip-protocol: only adherence, definitions and art. 5 at their best, everything else at its worst, stays in the bottom two bands (D1, row 2)', async () => {
    const { checklist, hash } = await bundledChecklist('checklists/tip-protocol.yaml');
    const keep = (q: Parameters<typeof cites>[0]): boolean =>
      cites(q, 'un-tip-protocol', ['3', '4', '5', '16', '17']) ||
      checklist.sections.find((s) => s.id === 'adherence')?.questions.includes(q) === true;
    const r = report(
      checklist,
      hash,
      answersWhere(checklist, (q) => !keep(q)),
    );
    expect(BOTTOM_TWO).toContain(r.scores.overall.band);
    expect(r.scores.overall.cap).toBeUndefined();
  });

  it('tip-protocol: everything at its best is advanced and not capped', async () => {
    const { checklist, hash } = await bundledChecklist('checklists/tip-protocol.yaml');
    const r = report(
      checklist,
      hash,
      answersWhere(checklist, () => false),
    );
    expect(r.scores.overall.band).toBe('advanced');
    expect(r.scores.overall.cap).toBeUndefined();
    expect(r.core?.every((c) => c.status === 'met')).toBe(true);
  });

  it('tip-wg-2009: the legislation section (WG para. 6) at its worst lands in the bottom two bands, capped', async () => {
    const { checklist, hash } = await bundledChecklist('checklists/tip-wg-2009.yaml');
    const r = report(
      checklist,
      hash,
      answersWhere(checklist, (q) => cites(q, 'un-wg-tip-2009', ['6'])),
    );
    expect(BOTTOM_TWO).toContain(r.scores.overall.band);
    expect(r.scores.overall.cap?.obligations).toEqual(['rec06-trafficking-offence']);
  });

  it('tip-wg-2009: "no" to minimum standards never scores above "partly" with the follow-up "no" (S10)', async () => {
    const { checklist, hash } = await bundledChecklist('checklists/tip-wg-2009.yaml');
    const best = answersWhere(checklist, () => false);
    const no = report(checklist, hash, { ...best, 'rec13-b-minimum-standards': { value: 'no' } });
    const partly = report(checklist, hash, {
      ...best,
      'rec13-b-minimum-standards': { value: 'partly' },
      'rec13-b-standards-applied': { value: 'no' },
    });
    expect(no.scores.overall.score).toBeLessThan(partly.scores.overall.score ?? 0);
    expect(no.gaps.find((g) => g.question === 'rec13-b-standards-applied')?.hidden).toBe(true);
  });

  it('"don\'t know" on the offence caps the band and lists the offence among the unknowns', async () => {
    const { checklist, hash } = await bundledChecklist('checklists/tip-protocol.yaml');
    const answers = answersWhere(checklist, () => false);
    const r = report(checklist, hash, { ...answers, 'art5-1-criminalization-offence': { value: 'dont-know' } });
    expect(r.core?.find((c) => c.question === 'art5-1-criminalization-offence')?.status).toBe('unknown');
    expect(r.scores.overall.band).toBe('developing');
    expect(r.unknowns?.[0]?.question).toBe('art5-1-criminalization-offence');
  });
});
