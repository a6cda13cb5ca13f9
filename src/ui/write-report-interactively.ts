import type { Translate } from '../i18n/translate.js';
import type { MessageKey } from './messages.js';
import type { Prompter } from './prompter.js';

type WriteOutcome = { kind: 'written' } | { kind: 'exists' } | { kind: 'failed'; reason: string };

export interface ReportTarget {
  /** Tries to write the report to this file, never replacing one unless --force said so. */
  write(file: string): Promise<WriteOutcome>;
  /** A free name next to this one (`name-2.report.json`…). */
  propose(file: string): string;
}

/**
 * Writes the report where asked, and when that file exists or cannot be
 * written, proposes a free name or asks for another, rather than failing
 * after a hundred answers. Undefined when the official quits: the draft stays.
 */
export async function writeReportInteractively(
  first: string,
  target: ReportTarget,
  prompter: Prompter,
  t: Translate<MessageKey>,
): Promise<string | undefined> {
  let file = first;
  for (;;) {
    const outcome = await target.write(file);
    if (outcome.kind === 'written') return file;
    const proposed = target.propose(file);
    prompter.write(outcome.kind === 'exists' ? t('report.exists', { file }) : t('report.write-failed', { file, reason: outcome.reason }));
    const choices = proposed !== file ? [{ value: 'proposed', label: t('report.propose', { file: proposed }) }] : [];
    choices.push({ value: 'other', label: t('report.other-name') });
    const asked = await prompter.select({ message: t('report.where'), nav: ['quit'], choices });
    if (asked.kind === 'nav') return undefined;
    if (asked.value === 'proposed') {
      file = proposed;
      continue;
    }
    const typed = await prompter.input({
      message: t('report.name-prompt'),
      nav: ['back', 'quit'],
      default: proposed,
      validate: (text) => (text.trim() === '' ? t('invalid.required') : true),
    });
    if (typed.kind === 'nav' && typed.command === 'quit') return undefined;
    if (typed.kind === 'answer') file = typed.value.trim();
  }
}
