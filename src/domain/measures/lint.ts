import { isSubdivisionOf } from '../coverage.js';
import type { Finding, Phrase } from '../diagnostic.js';
import { phrase, toPointer } from '../diagnostic.js';
import type { Catalogue } from '../schemas/catalogue.js';
import type { Checklist } from '../schemas/checklist.js';
import type { MeasuresDocument } from '../schemas/measures.js';
import type { LocalizedText } from '../schemas/common.js';
import { MEASURES_RULES } from './codes.js';

type MeasuresRuleCode = keyof typeof MEASURES_RULES;

/**
 * Checks a measures document against the catalogues and checklists it refers
 * to: provisions, actors, tools and indicator questions exist, texts are in
 * every declared language, and every provision in the scope of the given
 * checklists has at least one measure (its own, a subdivision's or its parent's).
 */
export function lintMeasures(
  document: MeasuresDocument,
  catalogues: ReadonlyMap<string, Catalogue>,
  checklists: readonly Checklist[],
): Finding[] {
  const out: Finding[] = [];
  const report = (code: MeasuresRuleCode, pointer: string, message: Phrase): void => {
    out.push({ code, severity: MEASURES_RULES[code][0], message, pointer });
  };
  const translations = (text: LocalizedText | undefined, pointer: string): void => {
    if (text === undefined || typeof text === 'string') return;
    for (const language of document.languages) {
      if (!text[language]) report('measure-missing-translation', pointer, phrase('measure-missing-translation', { language }));
    }
  };
  const seen = new Set<string>();
  const unique = (id: string, pointer: string): void => {
    if (seen.has(id)) report('measure-duplicate-id', pointer, phrase('measure-duplicate-id', { id }));
    seen.add(id);
  };
  document.actors.forEach((a, i) => {
    unique(a.id, toPointer(['actors', i, 'id']));
    translations(a.title, toPointer(['actors', i, 'title']));
  });
  (document.tools ?? []).forEach((t, i) => unique(t.id, toPointer(['tools', i, 'id'])));
  const actors = new Set(document.actors.map((a) => a.id));
  const tools = new Set((document.tools ?? []).map((t) => t.id));
  const questions = new Map(checklists.map((c) => [c.id, new Set(c.sections.flatMap((s) => s.questions.map((q) => q.id)))]));

  document.measures.forEach((m, i) => {
    const at = (...rest: Array<string | number>): string => toPointer(['measures', i, ...rest]);
    unique(m.id, at('id'));
    translations(m.title, at('title'));
    translations(m.description, at('description'));
    m.provisions.forEach((p, j) => {
      const catalogue = document.catalogues.includes(p.catalogue) ? catalogues.get(p.catalogue) : undefined;
      if (!catalogue || !catalogue.provisions.some((x) => x.path === p.provision)) {
        report(
          'measure-unknown-provision',
          at('provisions', j),
          phrase('measure-unknown-provision', { catalogue: p.catalogue, provision: p.provision }),
        );
      }
    });
    m.actors.forEach((a, j) => {
      if (!actors.has(a)) report('measure-unknown-actor', at('actors', j), phrase('measure-unknown-actor', { id: a }));
    });
    (m.tools ?? []).forEach((t, j) => {
      if (!tools.has(t)) report('measure-unknown-tool', at('tools', j), phrase('measure-unknown-tool', { id: t }));
    });
    m.indicators.forEach((indicator, j) => {
      if ('text' in indicator) return translations(indicator.text, at('indicators', j, 'text'));
      const known = questions.get(indicator.checklist);
      if (known && !known.has(indicator.question)) {
        report(
          'measure-indicator-unknown-question',
          at('indicators', j, 'question'),
          phrase('measure-indicator-unknown-question', { checklist: indicator.checklist, question: indicator.question }),
        );
      }
    });
  });

  const implemented = document.measures.flatMap((m) => m.provisions);
  for (const checklist of checklists) {
    for (const use of checklist.catalogues ?? []) {
      for (const path of use.scope ?? []) {
        const covered = implemented.some(
          (p) =>
            p.catalogue === use.id && (p.provision === path || isSubdivisionOf(p.provision, path) || isSubdivisionOf(path, p.provision)),
        );
        if (!covered)
          report(
            'provision-without-measure',
            '/measures',
            phrase('provision-without-measure', { catalogue: use.id, provision: path, checklist: checklist.id }),
          );
      }
    }
  }
  return out;
}
