import { phrase, toPointer } from '../../diagnostic.js';
import { listQuestions } from '../../checklist-model.js';
import type { ChecklistRuleContext } from '../context.js';
import { questionPointer } from '../pointers.js';

interface IdUse {
  id: string;
  pointer: string;
}

/** Reports exact duplicates, then ids that differ from an earlier one only by case. */
function checkIds(context: ChecklistRuleContext, kind: string, uses: IdUse[]): void {
  const what = phrase(`id-kind.${kind}`);
  const exact = new Map<string, IdUse>();
  const folded = new Map<string, IdUse>();
  for (const use of uses) {
    const first = exact.get(use.id);
    if (first) {
      context.report('duplicate-id', use.pointer, phrase('duplicate-id', { what, id: use.id, first: first.pointer }));
      continue;
    }
    exact.set(use.id, use);
    const lower = use.id.toLowerCase();
    const similar = folded.get(lower);
    if (similar) {
      context.report(
        'id-case-conflict',
        use.pointer,
        phrase('id-case-conflict', { what, id: use.id, similar: similar.id, at: similar.pointer }),
      );
    } else folded.set(lower, use);
  }
}

export function uniqueIds(context: ChecklistRuleContext): void {
  const c = context.document;
  checkIds(
    context,
    'question',
    listQuestions(c).map((l) => ({ id: l.question.id, pointer: questionPointer(l, 'id') })),
  );
  checkIds(
    context,
    'section',
    c.sections.map((s, i) => ({ id: s.id, pointer: toPointer(['sections', i, 'id']) })),
  );
  checkIds(
    context,
    'pillar',
    (c.pillars ?? []).map((p, i) => ({ id: p.id, pointer: toPointer(['pillars', i, 'id']) })),
  );
  checkIds(
    context,
    'assistance-category',
    (c.assistanceCategories ?? []).map((a, i) => ({ id: a.id, pointer: toPointer(['assistanceCategories', i, 'id']) })),
  );
  checkIds(
    context,
    'band',
    c.scoring.bands.map((b, i) => ({ id: b.id, pointer: toPointer(['scoring', 'bands', i, 'id']) })),
  );
  checkIds(
    context,
    'catalogue',
    (c.catalogues ?? []).map((u, i) => ({ id: u.id, pointer: toPointer(['catalogues', i, 'id']) })),
  );
}
