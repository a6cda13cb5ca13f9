import { describe, expect, it } from 'vitest';
import { lintMeasures } from '../../src/domain/measures/lint.js';
import { buildPlan } from '../../src/domain/measures/plan.js';
import { buildReport } from '../../src/domain/report/build-report.js';
import { bundledMeasuresFile, readMeasures } from '../../src/io/measures.js';
import { bundledCatalogues } from '../domain/rules/lint-fixture.js';
import { answersDocument } from '../support/arbitraries.js';
import { answersWhere, bundledChecklist } from '../support/bundled-answers.js';

describe('the bundled implementation measures', () => {
  it('pass the measures rules, covering every provision in the scope of both bundled checklists', async () => {
    const read = await readMeasures(bundledMeasuresFile());
    if (!read.ok) throw new Error(JSON.stringify(read.diagnostics));
    const checklists = [
      (await bundledChecklist('checklists/tip-protocol.yaml')).checklist,
      (await bundledChecklist('checklists/tip-wg-2009.yaml')).checklist,
    ];
    expect(lintMeasures(read.document, await bundledCatalogues(), checklists)).toEqual([]);
    const mandatoryLowCost = read.document.measures.filter((m) => m.cost === 'low').length;
    expect(mandatoryLowCost).toBeGreaterThan(0);
  });

  it.each(['checklists/tip-protocol.yaml', 'checklists/tip-wg-2009.yaml'])(
    'give every gap and unknown of a report on %s at least one measure',
    async (file) => {
      const read = await readMeasures(bundledMeasuresFile());
      if (!read.ok) throw new Error('measures unreadable');
      const { checklist, hash } = await bundledChecklist(file);
      const answers = answersWhere(checklist, () => true);
      const report = buildReport({
        checklist,
        checklistHash: hash,
        answers: { ...answersDocument(checklist, answers), checklist: { id: checklist.id, version: checklist.version, hash } },
        tool: { name: 'selfassess', version: '0.2.0' },
        created: '2026-11-29T10:00:00Z',
        language: 'fr',
      });
      const plan = buildPlan(report, checklist, read.document);
      expect(plan.items.length).toBeGreaterThan(10);
      expect(plan.items.filter((i) => i.measures.length === 0).map((i) => i.question)).toEqual([]);
    },
  );
});
