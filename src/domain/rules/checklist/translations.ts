import { phrase } from '../../diagnostic.js';
import { listQuestions, allowsDontKnow, allowsNotApplicable } from '../../checklist-model.js';
import type { ChecklistRuleContext } from '../context.js';
import { checklistTexts } from '../localized-fields.js';
import { checkTranslations, hasLanguage } from '../translations.js';

export function translationRules(context: ChecklistRuleContext): void {
  const c = context.document;
  checkTranslations(checklistTexts(c), c.languages, context.report);

  // A third language is added by data alone: the checklist must then carry the
  // labels of the built-in codes it uses, which the tool knows only in its own languages.
  const used = new Set<string>();
  for (const { question: q } of listQuestions(c)) {
    if (q.type === 'yes-no') ['yes', 'no'].forEach((code) => used.add(code));
    if (q.type === 'tri-state') ['yes', 'partly', 'no'].forEach((code) => used.add(code));
    if (allowsDontKnow(q)) used.add('dont-know');
    if (allowsNotApplicable(q)) used.add('not-applicable');
  }
  const labels: Record<string, (typeof c.builtinLabels & object)[keyof (typeof c.builtinLabels & object)]> = { ...c.builtinLabels };
  const defaultLanguage = c.languages[0] ?? 'en';
  for (const language of c.languages) {
    if (context.toolLanguages.includes(language.split('-')[0] ?? language)) continue;
    for (const code of used) {
      if (!hasLanguage(labels[code], language, defaultLanguage)) {
        context.report('missing-builtin-label', '/builtinLabels', phrase('missing-builtin-label', { language, code }));
      }
    }
  }
}
