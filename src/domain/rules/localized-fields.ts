import type { LocalizedText } from '../schemas/common.js';
import type { Checklist } from '../schemas/checklist.js';
import { toPointer } from '../diagnostic.js';

export interface LocalizedField {
  pointer: string;
  /** What the text is, for messages: `text of question "q1"`. */
  label: string;
  text: LocalizedText;
}

/** Every user-facing text of a checklist, in document order. */
export function checklistTexts(c: Checklist): LocalizedField[] {
  const out: LocalizedField[] = [];
  const add = (path: Array<string | number>, label: string, text: LocalizedText | true | undefined) => {
    if (text !== undefined && text !== true) out.push({ pointer: toPointer(path), label, text });
  };
  add(['title'], 'checklist title', c.title);
  add(['description'], 'checklist description', c.description);
  (c.pillars ?? []).forEach((p, i) => {
    add(['pillars', i, 'title'], `title of pillar "${p.id}"`, p.title);
    add(['pillars', i, 'description'], `description of pillar "${p.id}"`, p.description);
  });
  (c.assistanceCategories ?? []).forEach((a, i) => add(['assistanceCategories', i, 'title'], `title of category "${a.id}"`, a.title));
  c.scoring.bands.forEach((b, i) => add(['scoring', 'bands', i, 'label'], `label of band "${b.id}"`, b.label));
  // builtinLabels are not listed: they are needed only in languages the tool does not know itself.
  c.sections.forEach((s, si) => {
    add(['sections', si, 'title'], `title of section "${s.id}"`, s.title);
    add(['sections', si, 'description'], `description of section "${s.id}"`, s.description);
    s.questions.forEach((q, qi) => {
      const at = (...rest: Array<string | number>) => ['sections', si, 'questions', qi, ...rest];
      add(at('text'), `text of question "${q.id}"`, q.text);
      add(at('help'), `help of question "${q.id}"`, q.help);
      add(at('unit'), `unit of question "${q.id}"`, q.unit);
      add(at('evidence'), `evidence prompt of question "${q.id}"`, q.evidence);
      (q.options ?? []).forEach((o, oi) => {
        add(at('options', oi, 'label'), `label of option "${o.code}" of question "${q.id}"`, o.label);
        add(at('options', oi, 'help'), `help of option "${o.code}" of question "${q.id}"`, o.help);
      });
    });
  });
  return out;
}
