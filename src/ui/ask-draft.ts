import type { Progress } from '../domain/walk/view.js';
import { intlLocale } from '../i18n/locale.js';
import { pluralCategory, type Translate } from '../i18n/translate.js';
import type { MessageKey } from './messages.js';
import type { Choice, Prompter } from './prompter.js';

export interface DraftSummary {
  file: string;
  savedAt: string;
  checklist: { id: string; version: string };
  party?: string | undefined;
  period?: string | undefined;
  /** Known when the draft's checklist is at hand. */
  progress?: Progress | undefined;
  answers: number;
}

/** `discard`: the official chose a draft to discard and confirmed it. */
export type DraftChoice = { kind: 'resume'; file: string } | { kind: 'new' } | { kind: 'discard'; file: string } | { kind: 'quit' };

function formatSavedAt(savedAt: string, language: string): string {
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return savedAt;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** "Saved on 3 March 2026 at 14:05 — France, 2025 — 45 of 95 answered — tip-protocol 1.0.0" */
function draftLabel(draft: DraftSummary, t: Translate<MessageKey>, language: string): string {
  const parts = [t('draft.saved', { when: formatSavedAt(draft.savedAt, language) })];
  const who = [draft.party, draft.period].filter(Boolean).join(', ');
  if (who) parts.push(who);
  parts.push(
    draft.progress
      ? t('draft.progress', { answered: draft.progress.answered, applicable: draft.progress.applicable })
      : t(`draft.count.${pluralCategory(draft.answers, language)}`, { count: draft.answers }),
  );
  parts.push(`${draft.checklist.id} ${draft.checklist.version}`);
  return parts.join(' — ');
}

/**
 * Asks explicitly which draft to resume, or (when allowed) to start a new
 * assessment; never resumes one silently, since two officials may share a
 * machine. A draft can also be discarded, after a confirmation whose default is No.
 */
export async function askDraft(
  prompter: Prompter,
  t: Translate<MessageKey>,
  language: string,
  drafts: readonly DraftSummary[],
  allowNew: boolean,
): Promise<DraftChoice> {
  const NEW = ':new';
  const DISCARD = ':discard';
  const BACK = ':back';
  const listed: Array<Choice<string>> = drafts.map((d) => ({ value: d.file, label: draftLabel(d, t, language), hint: d.file }));
  const choices = [...listed, ...(allowNew ? [{ value: NEW, label: t('draft.new') }] : []), { value: DISCARD, label: t('draft.discard') }];
  for (;;) {
    const asked = await prompter.select({ message: t('draft.prompt'), nav: ['quit'], choices, default: drafts[0]?.file });
    if (asked.kind === 'nav') return { kind: 'quit' };
    if (asked.value === NEW) return { kind: 'new' };
    if (asked.value !== DISCARD) return { kind: 'resume', file: asked.value };
    // "None" is the default: Enter alone discards nothing.
    const which = await prompter.select({
      message: t('draft.discard.which'),
      nav: ['quit'],
      choices: [...listed, { value: BACK, label: t('draft.discard.back') }],
      default: BACK,
    });
    if (which.kind === 'nav') return { kind: 'quit' };
    const chosen = listed.find((c) => c.value === which.value);
    if (!chosen) continue;
    const confirm = await prompter.select({
      message: t('draft.discard.confirm', { label: chosen.label }),
      nav: ['quit'],
      choices: [
        { value: 'no', label: t('draft.discard.no') },
        { value: 'yes', label: t('draft.discard.yes') },
      ],
      default: 'no',
    });
    if (confirm.kind === 'nav') return { kind: 'quit' };
    if (confirm.value === 'yes') return { kind: 'discard', file: chosen.value };
  }
}
