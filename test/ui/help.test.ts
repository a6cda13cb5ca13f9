import { describe, expect, it } from 'vitest';
import { localize } from '../../src/domain/localize.js';
import { nextStep, startWalk } from '../../src/domain/walk/step.js';
import { translator } from '../../src/i18n/translate.js';
import { questionHelp } from '../../src/ui/help.js';
import { MESSAGES } from '../../src/ui/messages.js';
import { bundledCatalogues } from '../domain/rules/lint-fixture.js';
import { bundledChecklist } from '../support/bundled-answers.js';
import { ScriptedPrompter } from '../support/scripted-prompter.js';

describe('help in assess', () => {
  it("says the question's level of obligation in words, with the provisions it is read from, in French", async () => {
    const { checklist } = await bundledChecklist('checklists/tip-protocol.yaml');
    const id = 'art5-1-criminalization-offence';
    const step = nextStep(startWalk(checklist, { position: id }));
    if (step.kind !== 'question') throw new Error('not a question');
    expect(step.question.id).toBe(id);
    const text = questionHelp(step, {
      prompter: new ScriptedPrompter([]),
      t: translator(MESSAGES, 'fr'),
      language: 'fr',
      checklist,
      catalogues: await bundledCatalogues(),
    });
    expect(text).toContain('obligation impérative — Protocole, art. 5, par. 1');
  });

  it('names provisions as a reader does, with their titles, never by internal id, and lists the commands in French', async () => {
    const { checklist } = await bundledChecklist('checklists/tip-protocol.yaml');
    const step = nextStep(startWalk(checklist, { position: 'art5-1-criminalization-offence' }));
    if (step.kind !== 'question') throw new Error('not a question');
    const catalogues = await bundledCatalogues();
    const ui = { prompter: new ScriptedPrompter([]), t: translator(MESSAGES, 'fr'), language: 'fr', checklist, catalogues };
    const text = questionHelp(step, ui);
    expect(text).not.toMatch(/un-tip-protocol|\b5\.1\b/);
    expect(text).toContain(
      'Commandes, dans une liste comme dans un champ de saisie\u00a0: tapez :r (question précédente), :p (passer), :a (aller à une section), :c (aller au récapitulatif)',
    );
    const title = catalogues.get('un-tip-protocol')?.provisions.find((p) => p.path === '5.1')?.title;
    expect(title).toBeDefined();
    expect(text).toContain(`Protocole, art. 5, par. 1 (${localize(title, 'fr', 'en')})`);

    // An instrument the tool has no words for is named by its catalogue's title.
    const own = new Map([
      [
        'national-plan',
        {
          kind: 'catalogue' as const,
          formatVersion: 1 as const,
          id: 'national-plan',
          languages: ['fr'],
          title: { fr: 'Plan national' },
          provisions: [{ path: '2.a', title: { fr: 'Formation des magistrats' } }],
        },
      ],
    ]);
    const named = questionHelp(
      { ...step, question: { ...step.question, sources: [{ catalogue: 'national-plan', provision: '2.a' }] } },
      { ...ui, catalogues: own },
    );
    expect(named).toContain('Plan national, ');
    expect(named).toContain('(Formation des magistrats)');
    expect(named).not.toContain('national-plan');
  });
});
