import { describe, expect, it } from 'vitest';
import { idLabels, labelOf } from '../../../src/domain/db/labels.js';
import { checklistOf } from '../../support/arbitraries.js';
import { bundledChecklist } from '../../support/bundled-answers.js';

describe('idLabels', () => {
  it('labels the bundled checklist’s sections, pillars, categories and bands in each language', async () => {
    const { checklist } = await bundledChecklist('checklists/tip-protocol.yaml');
    const labels = idLabels([checklist]);
    expect(labelOf(labels, 'band', 'substantial', 'fr')).toBe('Consolidé');
    expect(labelOf(labels, 'band', 'substantial', 'en')).toBe('Substantial');
    expect(labelOf(labels, 'pillar', 'prosecution', 'fr')).toBe('Poursuites');
    expect(labelOf(labels, 'category', 'legislative-drafting', 'fr')).toBe('Rédaction et révision de textes législatifs');
    expect(labelOf(labels, 'section', 'adherence', 'fr')).toBe('Adhésion au Protocole et à la Convention contre la criminalité organisée');
    // Every section of the checklist has its label.
    for (const section of checklist.sections)
      expect(labelOf(labels, 'section', section.id, 'en')).toBe((section.title as Record<string, string>)['en']);
  });

  it('takes the first checklist that labels an id (the library lists current versions first), and the default language past the others', () => {
    const current = checklistOf({ s1: [] });
    const earlier = { ...checklistOf({ s1: [] }), version: '0.9.0', sections: [{ id: 's1', title: { en: 'Old title' }, questions: [] }] };
    const english = {
      ...checklistOf({ s2: [] }),
      languages: ['en'],
      sections: [{ id: 's2', title: { en: 'Only English' }, questions: [] }],
    };
    const labels = idLabels([current, earlier, english]);
    expect(labelOf(labels, 'section', 's1', 'en')).toBe('s1');
    expect(labelOf(labels, 'section', 's2', 'fr')).toBe('Only English');
    expect(labelOf(labels, 'section', 'nowhere', 'fr')).toBeUndefined();
  });
});
