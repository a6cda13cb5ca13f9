import { describe, expect, it } from 'vitest';
import { nextStep, startWalk } from '../../src/domain/walk/step.js';
import { translator } from '../../src/i18n/translate.js';
import { questionHelp } from '../../src/ui/help.js';
import { MESSAGES } from '../../src/ui/messages.js';
import { bundledCatalogues } from '../domain/rules/lint-fixture.js';
import { bundledChecklist } from '../support/bundled-answers.js';
import { ScriptedPrompter } from '../support/scripted-prompter.js';

describe('help in assess', () => {
  it('says the question\'s level of obligation in words, with the provisions it is read from, in French', async () => {
    const { checklist } = await bundledChecklist('checklists/tip-protocol.yaml');
    const id = 'art5-1-criminalization-offence';
    const step = nextStep(startWalk(checklist, { position: id }));
    if (step.kind !== 'question') throw new Error('not a question');
    expect(step.question.id).toBe(id);
    const text = questionHelp(step, { prompter: new ScriptedPrompter([]), t: translator(MESSAGES, 'fr'), language: 'fr', checklist, catalogues: await bundledCatalogues() });
    expect(text).toContain('obligation impérative — Protocole, art. 5, par. 1');
  });
});
