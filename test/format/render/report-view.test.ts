import { describe, expect, it } from 'vitest';
import type { SignatureView } from '../../../src/format/render/index.js';
import { sampleView } from './fixture.js';

describe('reportView', () => {
  it('numbers the questions by section and gives every one its state and answer', async () => {
    const view = await sampleView('FRA', '2025', { language: 'en' });
    expect(view.sections).toHaveLength(12);
    expect(view.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const all = view.sections.flatMap((s) => s.questions);
    expect(all).toHaveLength(114);
    expect(all[0]).toMatchObject({ number: '1.1', id: 'adherence-protocol-status', state: 'answered' });
    const hidden = all.filter((q) => q.state === 'hidden');
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((q) => q.answer === 'Not asked (depends on an earlier answer)')).toBe(true);
  });

  it('reads answers, provisions, dates and bands in the report’s language', async () => {
    const fr = await sampleView('FRA', '2025', {
      tweak: (answers) => {
        answers['art5-1-penalties'] = { value: 'partly' };
        answers['art7-1-temporary-residence'] = { value: 'not-applicable', justification: 'Aucune victime étrangère.' };
      },
    });
    const rows = new Map(fr.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
    expect(rows.get('art5-1-penalties')?.answer).toBe('En partie');
    expect(rows.get('art7-1-temporary-residence')).toMatchObject({ answer: 'Sans objet', justification: 'Aucune victime étrangère.' });
    expect(rows.get('adherence-protocol-status')?.provisions).toBe(
      'Protocole, art. 16.1, 16.3, 16.4\u00a0; Groupe de travail (2009), par. 3',
    );
    expect(fr.cover).toContainEqual({ label: 'Date du rapport', value: '7 mars 2026' });
    expect(fr.bands).toEqual([
      'Initial\u00a0: de 0,0\u00a0% à 25,0\u00a0%',
      'En développement\u00a0: de 25,0\u00a0% à 50,0\u00a0%',
      'Consolidé\u00a0: de 50,0\u00a0% à 75,0\u00a0%',
      'Avancé\u00a0: de 75,0\u00a0% à 100,0\u00a0%',
    ]);
    expect(fr.gaps[0]?.provisions[0]).toMatch(/^(Protocole, art\.|Groupe de travail \(2009\), par\.) [0-9a-z.]+ — /);
  });

  it('ranks gaps as the report does and names assistance categories', async () => {
    const view = await sampleView('KEN', '2025');
    expect(view.gaps.map((g) => g.gap)).toEqual(view.report.gaps.map((g) => g.gap));
    expect(view.gaps[0]?.rank).toBe(1);
    expect(view.assistance.map((a) => a.title)).toContain('Training of officials and practitioners');
  });

  it('says what is known of the signature', async () => {
    const text = async (signature: SignatureView) => (await sampleView('GBR', '2025', { input: { signature } })).signature;
    expect(await text({ status: 'not-signed' })).toEqual({ text: 'Not signed.', ok: null });
    expect(await text({ status: 'not-checked' })).toMatchObject({ ok: null });
    expect((await text({ status: 'valid', fingerprint: 'SHA256:abc', signedAt: '2026-03-02T10:00:00Z' })).text).toBe(
      'Valid signature, made with the trusted key SHA256:abc on 2 March 2026.',
    );
    expect(await text({ status: 'altered' })).toMatchObject({ ok: false });
  });
});
