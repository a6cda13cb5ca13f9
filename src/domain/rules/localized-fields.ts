import type { LocalizedText } from '../schemas/common.js';
import type { Checklist } from '../schemas/checklist.js';
import { phrase, toPointer, type Phrase } from '../diagnostic.js';

export interface LocalizedField {
  pointer: string;
  /** What the text is, for messages: `text of question "q1"`, as a phrase. */
  label: Phrase;
  text: LocalizedText;
}

/** Every user-facing text of a checklist, in document order. */
export function checklistTexts(c: Checklist): LocalizedField[] {
  const out: LocalizedField[] = [];
  const add = (path: Array<string | number>, label: Phrase, text: LocalizedText | true | undefined) => {
    if (text !== undefined && text !== true) out.push({ pointer: toPointer(path), label, text });
  };
  add(['title'], phrase('field.checklist-title'), c.title);
  add(['description'], phrase('field.checklist-description'), c.description);
  (c.pillars ?? []).forEach((p, i) => {
    add(['pillars', i, 'title'], phrase('field.pillar-title', { id: p.id }), p.title);
    add(['pillars', i, 'description'], phrase('field.pillar-description', { id: p.id }), p.description);
  });
  (c.assistanceCategories ?? []).forEach((a, i) =>
    add(['assistanceCategories', i, 'title'], phrase('field.category-title', { id: a.id }), a.title),
  );
  c.scoring.bands.forEach((b, i) => add(['scoring', 'bands', i, 'label'], phrase('field.band-label', { id: b.id }), b.label));
  // builtinLabels are not listed: they are needed only in languages the tool does not know itself.
  c.sections.forEach((s, si) => {
    add(['sections', si, 'title'], phrase('field.section-title', { id: s.id }), s.title);
    add(['sections', si, 'description'], phrase('field.section-description', { id: s.id }), s.description);
    s.questions.forEach((q, qi) => {
      const at = (...rest: Array<string | number>) => ['sections', si, 'questions', qi, ...rest];
      add(at('text'), phrase('field.question-text', { id: q.id }), q.text);
      add(at('help'), phrase('field.question-help', { id: q.id }), q.help);
      add(at('unit'), phrase('field.question-unit', { id: q.id }), q.unit);
      add(at('evidence'), phrase('field.question-evidence', { id: q.id }), q.evidence);
      (q.options ?? []).forEach((o, oi) => {
        add(at('options', oi, 'label'), phrase('field.option-label', { code: o.code, id: q.id }), o.label);
        add(at('options', oi, 'help'), phrase('field.option-help', { code: o.code, id: q.id }), o.help);
      });
    });
  });
  return out;
}
