import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { conditionInWords } from '../../../src/format/answers-template/describe-question.js';
import { compactRespondent, unknownSections } from '../../../src/domain/answers/respondent.js';
import { answersTemplate, templateText } from '../../../src/format/answers-template/template.js';
import { listQuestions } from '../../../src/domain/checklist-model.js';
import { AnswersDocument } from '../../../src/domain/schemas/answers.js';
import { Checklist } from '../../../src/domain/schemas/checklist.js';
import { TEMPLATE_MESSAGES } from '../../../src/i18n/template-messages.js';
import { translator } from '../../../src/i18n/translate.js';
import { scenarioArb } from '../../support/arbitraries.js';
import { bundledCatalogues } from '../../domain/rules/lint-fixture.js';

const load = (path: string): unknown => parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
const worked = Checklist.parse(load('checklists/scoring-worked-example.yaml'));
const spanish = Checklist.parse(load('checklists/third-language-es.yaml'));
const HASH = 'c'.repeat(64);

const template = (checklist: Checklist, language = 'en', extra: Partial<Parameters<typeof answersTemplate>[1]> = {}): string =>
  templateText(answersTemplate(checklist, { language, checklistHash: HASH, ...extra }));

/** The comment just above `  <id>:`, without "#", on one line: wrapping does not matter. */
function commentAbove(text: string, id: string): string {
  const lines = text.split('\n');
  const at = lines.indexOf(`  ${id}:`);
  const out: string[] = [];
  for (let i = at - 1; i >= 0 && lines[i]?.trimStart().startsWith('#'); i--) out.unshift((lines[i] ?? '').replace(/^\s*# ?/, ''));
  // Wrapped lines joined again; a no-break space is the text's own and stays.
  return out.join(' ').replace(/[^\S\u00a0]+/g, ' ');
}

describe('answersTemplate', () => {
  it('parses back as a valid answers document with every question, unanswered, in checklist order', () => {
    const text = template(worked);
    const document = AnswersDocument.parse(parse(text));
    expect(document.checklist).toEqual({ id: 'scoring-worked-example', version: '1.0.0', hash: HASH });
    expect(document.language).toBe('en');
    expect(Object.keys(document.answers)).toEqual(listQuestions(worked).map((l) => l.question.id));
    expect(Object.values(document.answers).every((a) => a.value === null)).toBe(true);
    expect(document.respondent?.party).toBeUndefined();
    expect(document.period).toBeUndefined();
  });

  it('comments each question with its text, type, codes with labels and scores, and provisions', () => {
    const text = template(worked);
    expect(commentAbove(text, 'crim.offence')).toContain(
      'crim.offence — Is trafficking in persons, as defined in article 3, a criminal offence?',
    );
    expect(commentAbove(text, 'crim.offence')).toContain('Type: yes-no (yes or no). Weight in the score: 2.');
    expect(commentAbove(text, 'crim.attempt')).toMatch(/partly +Partly — score 0\.5/);
    expect(commentAbove(text, 'crim.attempt')).toMatch(/dont-know +Don't know — counts as 0/);
    expect(commentAbove(text, 'crim.attempt')).toContain('add assistance: [legislative], from: legislative, training.');
    const recovery = commentAbove(text, 'prot.recovery');
    expect(recovery).toContain('Answer with a list of codes, e.g. [housing, counselling]:');
    expect(recovery).toMatch(/other +Other — score 0\.2 — add optionText: \{ other: "…" \}/);
    expect(recovery).toMatch(/none +None — score 0 — on its own only/);
    expect(recovery).toContain('Provisions: Protocol, art. 6(3)(a); Protocol, art. 6(3)(b); Protocol, art. 6(3)(c)');
  });

  it('says when a question is asked, optional, informational, or takes "not applicable" with a justification', () => {
    const text = template(worked);
    expect(commentAbove(text, 'crim.organizing')).toContain('Asked only if the answer to crim.offence is yes; otherwise leave it at null.');
    expect(commentAbove(text, 'prot.child-shelters')).toContain('Asked only if prot.recovery has been answered');
    expect(commentAbove(text, 'prot.child-shelters')).toContain(
      'When not asked (because of an earlier answer), it counts as unmet: 0 of its weight.',
    );
    expect(commentAbove(text, 'crim.convictions')).toContain('Optional: may be left unanswered.');
    expect(commentAbove(text, 'crim.convictions')).toContain('Answer with a number (at least 0; a whole number).');
    expect(commentAbove(text, 'prot.focal-point')).toContain('For information only: not scored (weight 0).');
    expect(commentAbove(text, 'prot.focal-point')).not.toContain('score 1');
    expect(commentAbove(text, 'prot.residence')).toMatch(
      /not-applicable +Not applicable — left out of the score; add justification: "…" saying why/,
    );
    expect(commentAbove(text, 'crim.offence')).not.toContain('not-applicable');
  });

  it('titles each section once and offers party examples for a State and for the EU', () => {
    const text = template(worked);
    expect(text.match(/── Section crim: Criminalization/g)).toHaveLength(1);
    expect(text.match(/── Section prot: Protection and prevention/g)).toHaveLength(1);
    expect(text).toContain('  # party: { type: state, code: FRA, name: France }');
    expect(text).toContain('  # party: { type: organization, code: EU, name: European Union }');
    expect(text).toContain('# period: "2026"');
  });

  it('holds only the chosen sections, and says how to merge the files', () => {
    const text = template(worked, 'en', { sections: ['prot'] });
    expect(Object.keys(AnswersDocument.parse(parse(text)).answers)).toEqual(worked.sections[1]?.questions.map((q) => q.id));
    expect(text).toContain('This file holds only the sections prot.');
    expect(text).toContain('selfassess merge <files…> -o merged.yaml');
    expect(unknownSections(worked, ['prot', 'nope'])).toEqual(['nope']);
  });

  it('writes the comments in French for --lang fr', () => {
    const text = template(worked, 'fr');
    expect(text).toContain('# Réponses à «\u00a0Exemple détaillé du modèle de notation\u00a0»');
    expect(text).toContain('  # party: { type: organization, code: EU, name: Union européenne }');
    const organizing = commentAbove(text, 'crim.organizing');
    expect(organizing).toContain("crim.organizing — Le fait d'organiser la commission de l'infraction");
    expect(organizing).toContain('Posée uniquement si la réponse à crim.offence est yes\u00a0; à défaut, la laisser à null.');
    expect(organizing).toMatch(/partly +En partie — note 0,5/);
    expect(organizing).toMatch(/dont-know +Ne sait pas — compte pour 0/);
    expect(commentAbove(text, 'prot.residence')).toMatch(/not-applicable +Sans objet — exclue de la note/);
  });

  it("gives a third language the checklist's texts and built-in labels, and English tool words", () => {
    const text = template(spanish, 'es');
    const offence = commentAbove(text, 'offence');
    expect(offence).toContain('offence — ¿Se ha tipificado como delito la trata de personas?');
    expect(offence).toContain('Help: Un sí completo requiere un delito que abarque todos los elementos del artículo 3.');
    expect(offence).toMatch(/yes +Sí — score 1/);
    expect(offence).toMatch(/not-applicable +No procede — left out of the score/);
    expect(commentAbove(text, 'penalties')).toMatch(/five-plus +5 años o más — score 1/);
    expect(text).toContain('── Section crim: Penalización');
  });

  it('writes what is already known, quoting codes another YAML reader would take for booleans', () => {
    const filled = {
      respondent: { party: { type: 'state' as const, code: 'FRA', name: 'France' }, institution: 'Ministry of Justice' },
      period: '2025',
      answers: {
        'crim.offence': { value: 'yes' },
        'prot.recovery': { value: ['housing', 'medical'], notes: 'since 2020' },
        'old.question': { value: 'no' },
      },
    };
    const text = template(worked, 'en', { filled });
    expect(text).toContain('  party: { type: state, code: FRA, name: France }');
    expect(text).toContain('period: "2025"');
    expect(text).toContain('    value: "yes"');
    expect(text).toContain('    value: [ housing, medical ]');
    expect(commentAbove(text, 'old.question')).toContain('Not a question of this checklist');
    const document = AnswersDocument.parse(parse(text));
    expect(document.answers['prot.recovery']).toEqual({ value: ['housing', 'medical'], notes: 'since 2020' });
    expect(Object.keys(document.answers).at(-1)).toBe('old.question');
    expect(compactRespondent(document.respondent)).toEqual(filled.respondent);
  });

  it('keeps its comments when filled programmatically', () => {
    const doc = parseDocument(template(worked));
    doc.setIn(['answers', 'crim.attempt', 'value'], 'partly');
    const text = doc.toString();
    expect(commentAbove(text, 'crim.attempt')).toContain('crim.attempt — Is attempting to commit the offence a criminal offence?');
    expect(commentAbove(text, 'crim.organizing')).toContain('crim.organizing — Is organizing');
  });

  it('parses back as the same answers for any checklist and answers', () => {
    fc.assert(
      fc.property(scenarioArb, ({ checklist, answers }) => {
        const text = template(checklist, 'fr', { filled: { answers } });
        const document = AnswersDocument.parse(parse(text));
        for (const [id, answer] of Object.entries(answers)) expect(document.answers[id]).toEqual({ value: null, ...answer });
      }),
      { numRuns: 60 },
    );
  });
});

describe('conditionInWords', () => {
  const t = translator(TEMPLATE_MESSAGES, 'en');
  it('reads nested conditions with brackets', () => {
    const condition = {
      any: [
        { not: { question: 'crim.offence', equals: 'no' } },
        { all: [{ answered: 'crim.attempt' }, { question: 'prot.recovery', in: ['housing', 'medical'] }] },
      ],
    };
    expect(conditionInWords(worked, condition, t)).toBe(
      'it is not the case that the answer to crim.offence is no or (crim.attempt has been answered and the answer to prot.recovery includes one of housing, medical)',
    );
  });
});

describe('compactRespondent', () => {
  it('drops the blanks a template leaves', () => {
    expect(compactRespondent({ institution: ' ', name: '', contact: 'a@b.org' })).toEqual({ contact: 'a@b.org' });
    expect(compactRespondent({ institution: '', name: '' })).toBeUndefined();
  });

  it("says each scored question's level of obligation in words, with what it is read from, in the file's language", async () => {
    const catalogues = await bundledCatalogues();
    const en = template(worked, 'en', { catalogues });
    expect(commentAbove(en, 'crim.offence')).toContain('Level of obligation: mandatory obligation — Protocol, art. 5(1)');
    expect(commentAbove(en, 'prot.recovery')).toContain('Level of obligation: obligation to consider — Protocol, art. 6(3)(a)');
    const fr = template(worked, 'fr', { catalogues });
    expect(commentAbove(fr, 'crim.offence')).toContain('Degré d’obligation\u00a0: obligation impérative — Protocole, art. 5, par. 1');
  });
});
