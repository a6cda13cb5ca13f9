import { questionLevel } from '../domain/levels.js';
import { citeProvision, formatProvisionPath, levelName } from '../i18n/scoring-words.js';
import type { QuestionStep } from '../domain/walk/step.js';
import { localeOf } from '../i18n/locale.js';
import { answerChoices, texts } from './labels.js';
import { QUESTION_NAV, type AskContext } from './ask-value.js';
import { localize } from '../domain/localize.js';
import { navKey } from './nav.js';

/** What "Help" shows: the checklist's guidance, the options' own help, the provisions cited, and the keys. */
export function questionHelp(step: QuestionStep, ui: AskContext): string {
  const text = texts(ui.checklist, ui.language);
  const { question } = step;
  const lines: string[] = [];
  const help = text(question.help);
  lines.push(help !== '' ? help : ui.t('help.none'));
  // As the language writes a colon: French typography puts a no-break space before it.
  const { colon } = localeOf(ui.language);
  for (const choice of answerChoices(ui.checklist, question, ui.language, ui.t, ui.respondent)) {
    if (choice.hint) lines.push(`  • ${choice.label}${colon} ${choice.hint}`);
  }
  if (question.sources && question.sources.length > 0) {
    const level = questionLevel(question, ui.catalogues ?? new Map());
    const cited = question.sources.map((s) => provisionName(s, ui)).join(localeOf(ui.language)['list-separator']);
    lines.push(ui.t('help.sources', { sources: level === undefined ? cited : `${levelName(level, ui.language)} — ${cited}` }));
  }
  if (step.optional) lines.push(ui.t('help.optional'));
  const commands = QUESTION_NAV.map((command) => `${navKey(command, ui.language)} (${ui.t(`cmd.${command}`)})`);
  lines.push(ui.t('help.commands', { list: commands.join(', ') }));
  return lines.join('\n');
}

/**
 * A provision as a reader names it: "Protocol, art. 3(b)" and, when the
 * catalogues are loaded, its title; an instrument the tool has no words for
 * is named by its catalogue's title, never by its internal id.
 */
function provisionName(source: { catalogue: string; provision: string }, ui: AskContext): string {
  const catalogue = ui.catalogues?.get(source.catalogue);
  const title = (text: Parameters<typeof localize>[0]): string => localize(text, ui.language, catalogue?.languages[0] ?? 'en');
  const cited = citeProvision(source, ui.language);
  // citeProvision falls back to "<catalogue id> <path>" for an instrument it does not know.
  const named =
    catalogue && cited.startsWith(`${source.catalogue} `)
      ? `${title(catalogue.title)}, ${formatProvisionPath(source.provision, ui.language)}`
      : cited;
  const provision = catalogue?.provisions.find((p) => p.path === source.provision);
  return provision ? `${named} (${title(provision.title)})` : named;
}
