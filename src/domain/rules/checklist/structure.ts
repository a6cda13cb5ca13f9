import { phrase, toPointer } from '../../diagnostic.js';
import { listQuestions } from '../../checklist-model.js';
import type { ChecklistRuleContext } from '../context.js';
import { questionPointer } from '../pointers.js';

export function emptySections(context: ChecklistRuleContext): void {
  context.document.sections.forEach((section, i) => {
    if (section.questions.length === 0) {
      context.report('empty-section', toPointer(['sections', i, 'questions']), phrase('empty-section', { id: section.id }));
    }
  });
}

/** Bands, sorted by min, must tile [0, 1] with no gap and no overlap. */
export function bandRules(context: ChecklistRuleContext): void {
  const bands = context.document.scoring.bands.map((band, index) => ({ band, index }));
  const at = (index: number, field: string) => toPointer(['scoring', 'bands', index, field]);
  for (const { band, index } of bands) {
    if (band.min >= band.max)
      context.report('band-empty', at(index, 'min'), phrase('band-empty', { id: band.id, min: String(band.min), max: String(band.max) }));
    for (const field of ['min', 'max'] as const) {
      // Percentages print truncated to one decimal (0.1 %): a bound finer than that could sit between a score and its printed figure.
      if (!Number.isInteger(Math.round(band[field] * 1e6) / 1e3)) {
        context.report(
          'band-bound-precision',
          at(index, field),
          phrase('band-bound-precision', { id: band.id, field, value: String(band[field]), rounded: band[field].toFixed(3) }),
        );
      }
    }
  }
  const sorted = bands.filter(({ band }) => band.min < band.max).sort((a, b) => a.band.min - b.band.min || a.band.max - b.band.max);
  const first = sorted[0];
  if (first && first.band.min > 0) {
    context.report('bands-gap', at(first.index, 'min'), phrase('bands-gap.start', { to: String(first.band.min) }));
  }
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]?.band;
    const cur = sorted[i];
    if (!prev || !cur) continue;
    if (cur.band.min > prev.max) {
      context.report(
        'bands-gap',
        at(cur.index, 'min'),
        phrase('bands-gap', { from: String(prev.max), to: String(cur.band.min), id: cur.band.id, previous: prev.id }),
      );
    } else if (cur.band.min < prev.max) {
      context.report(
        'bands-overlap',
        at(cur.index, 'min'),
        phrase('bands-overlap', { id: cur.band.id, min: String(cur.band.min), previous: prev.id, max: String(prev.max) }),
      );
    }
  }
  const last = sorted.reduce<(typeof sorted)[number] | undefined>((acc, b) => (!acc || b.band.max > acc.band.max ? b : acc), undefined);
  if (last && last.band.max < 1) {
    context.report('bands-gap', at(last.index, 'max'), phrase('bands-gap.end', { from: String(last.band.max) }));
  }
}

/** Pillars and technical-assistance categories that questions name are declared, and every category is used. */
export function taxonomyRules(context: ChecklistRuleContext): void {
  const c = context.document;
  const pillars = new Set((c.pillars ?? []).map((p) => p.id));
  const categories = new Set((c.assistanceCategories ?? []).map((a) => a.id));
  const used = new Set<string>();
  for (const located of listQuestions(c)) {
    const q = located.question;
    (q.pillars ?? []).forEach((pillar, i) => {
      if (!pillars.has(pillar)) {
        context.report('unknown-pillar', questionPointer(located, 'pillars', i), phrase('unknown-pillar', { id: pillar }));
      }
    });
    if (q.assistance === true) categories.forEach((id) => used.add(id));
    else if (Array.isArray(q.assistance)) {
      q.assistance.forEach((id, i) => {
        used.add(id);
        if (!categories.has(id)) {
          context.report(
            'unknown-assistance-category',
            questionPointer(located, 'assistance', i),
            phrase('unknown-assistance-category', { id }),
          );
        }
      });
    }
  }
  (c.assistanceCategories ?? []).forEach((category, i) => {
    if (!used.has(category.id)) {
      context.report(
        'unused-assistance-category',
        toPointer(['assistanceCategories', i, 'id']),
        phrase('unused-assistance-category', { id: category.id }),
      );
    }
  });
}
