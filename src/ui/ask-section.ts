import type { SectionProgress } from '../domain/walk/view.js';
import type { AskContext } from './ask-value.js';
import { texts } from './labels.js';

/** "Prevention — 4/7 answered, 2 to answer"; unnumbered, since lists number their choices themselves. */
export function sectionLine(entry: SectionProgress, ui: AskContext): string {
  const title = texts(ui.checklist, ui.language)(entry.section.title);
  const counts = [ui.t('section.answered', { answered: entry.answered, applicable: entry.applicable })];
  if (entry.remaining > 0) counts.push(ui.t('section.remaining', { count: entry.remaining }));
  if (entry.optionalRemaining > 0) counts.push(ui.t('section.optional-remaining', { count: entry.optionalRemaining }));
  if (entry.applicable === 0) counts.splice(0, counts.length, ui.t('section.not-applicable'));
  return `${title} — ${counts.join(', ')}`;
}

export type SectionChoice = { kind: 'section'; id: string } | { kind: 'quit' } | { kind: 'stay' };

/**
 * Asks which section to go to; "back" stays where the official was. A section
 * whose questions are all hidden has nothing to ask and is not offered.
 */
export async function askSection(sections: readonly SectionProgress[], ui: AskContext): Promise<SectionChoice> {
  const asked = await ui.prompter.select({
    message: ui.t('jump.prompt'),
    nav: ['back', 'quit'],
    choices: sections.filter((s) => s.applicable > 0).map((s) => ({ value: s.section.id, label: sectionLine(s, ui) })),
  });
  if (asked.kind === 'nav') return { kind: asked.command === 'quit' ? 'quit' : 'stay' };
  return { kind: 'section', id: asked.value };
}
