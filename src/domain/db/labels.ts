import { defaultLanguage } from '../checklist-model.js';
import { localize } from '../localize.js';
import type { Checklist } from '../schemas/checklist.js';
import type { LocalizedText } from '../schemas/common.js';

/** The kinds of identifier a checklist gives a label in each of its languages. */
export type ChecklistLabelKind = 'section' | 'pillar' | 'category' | 'band';

interface Label {
  text: LocalizedText;
  /** The checklist's default language: the text when it has none in the reader's. */
  fallback: string;
}

/** Labels of the identifiers the store keeps (sections, pillars, assistance categories, bands), by kind and id. */
export type IdLabels = Readonly<Record<ChecklistLabelKind, ReadonlyMap<string, Label>>>;

/**
 * The labels of the checklists' identifiers, for the store's answers: the
 * store keeps ids (stable across versions, what JSON and SQL give), a reader
 * wants « Consolidé » where the id says `substantial`. Checklists come in the
 * library's order (bundled current versions first): the first to label an id
 * gives its label, so that a renamed section shows its current title.
 */
export function idLabels(checklists: readonly Checklist[]): IdLabels {
  const labels: Record<ChecklistLabelKind, Map<string, Label>> = {
    section: new Map(),
    pillar: new Map(),
    category: new Map(),
    band: new Map(),
  };
  const add = (kind: ChecklistLabelKind, id: string, text: LocalizedText, fallback: string): void => {
    if (!labels[kind].has(id)) labels[kind].set(id, { text, fallback });
  };
  for (const checklist of checklists) {
    const fallback = defaultLanguage(checklist);
    for (const section of checklist.sections) add('section', section.id, section.title, fallback);
    for (const pillar of checklist.pillars ?? []) add('pillar', pillar.id, pillar.title, fallback);
    for (const category of checklist.assistanceCategories ?? []) add('category', category.id, category.title, fallback);
    for (const band of checklist.scoring.bands) add('band', band.id, band.label, fallback);
  }
  return labels;
}

/** The label of an id in `language`; undefined when no checklist labels it (a checklist the library does not hold). */
export function labelOf(labels: IdLabels, kind: ChecklistLabelKind, id: string, language: string): string | undefined {
  const label = labels[kind].get(id);
  return label === undefined ? undefined : localize(label.text, language, label.fallback);
}
