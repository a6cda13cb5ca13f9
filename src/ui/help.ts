import { questionLevel } from '../domain/levels.js';
import { citeProvision, levelName } from '../i18n/scoring-words.js';
import type { QuestionStep } from '../domain/walk/step.js';
import { toolLanguage } from '../i18n/translate.js';
import { answerChoices, texts } from './labels.js';
import type { AskContext } from './ask-value.js';
import { navKey } from './nav.js';

/** What "Help" shows: the checklist's guidance, the options' own help, the provisions cited, and the keys. */
export function questionHelp(step: QuestionStep, ui: AskContext): string {
  const text = texts(ui.checklist, ui.language);
  const { question } = step;
  const lines: string[] = [];
  const help = text(question.help);
  lines.push(help !== '' ? help : ui.t('help.none'));
  // French typography puts a (non-breaking) space before a colon.
  const colon = toolLanguage(ui.language) === 'fr' ? '\u00a0:' : ':';
  for (const choice of answerChoices(ui.checklist, question, ui.language, ui.t, ui.respondent)) {
    if (choice.hint) lines.push(`  • ${choice.label}${colon} ${choice.hint}`);
  }
  if (question.sources && question.sources.length > 0) {
    const level = questionLevel(question, ui.catalogues ?? new Map());
    const cited = question.sources.map((s) => citeProvision(s, ui.language)).join(ui.language.startsWith('fr') ? '\u00a0; ' : '; ');
    lines.push(ui.t('help.sources', { sources: level === undefined ? cited : `${levelName(level, ui.language)} — ${cited}` }));
  }
  if (step.optional) lines.push(ui.t('help.optional'));
  lines.push(
    ui.t('help.keys', {
      back: navKey('back', ui.language),
      skip: navKey('skip', ui.language),
      jump: navKey('jump', ui.language),
      note: navKey('note', ui.language),
      quit: navKey('quit', ui.language),
    }),
  );
  return lines.join('\n');
}
