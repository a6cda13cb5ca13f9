import { parsePeriod, periodKey, samePeriod } from '../domain/period.js';
import type { Party, Respondent } from '../domain/schemas/answers.js';
import type { Translate } from '../i18n/translate.js';
import type { MessageKey } from './messages.js';
import type { NavCommand, Prompter } from './prompter.js';

/** A language named in itself, capitalised as a list item: "Français", "English". */
function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** The declared language that fits a locale's ("fr-FR" → "fr"), else the checklist's first. */
function closestLanguage(languages: readonly string[], preferred: string): string | undefined {
  const wanted = preferred.toLowerCase();
  const base = wanted.split(/[-_]/)[0];
  return languages.find((l) => l.toLowerCase() === wanted) ?? languages.find((l) => l.toLowerCase().split('-')[0] === base) ?? languages[0];
}

/** The language of the assessment, among those the checklist declares; undefined for "save and quit". */
export async function askLanguage(
  prompter: Prompter,
  t: Translate<MessageKey>,
  languages: readonly string[],
  preferred: string,
): Promise<string | undefined> {
  const asked = await prompter.select({
    message: t('setup.language'),
    nav: ['quit'],
    choices: languages.map((tag) => ({ value: tag, label: `${languageName(tag)} (${tag})` })),
    default: closestLanguage(languages, preferred),
  });
  return asked.kind === 'answer' ? asked.value : undefined;
}

export interface RespondentAnswers {
  respondent: Respondent;
  /** Canonical ("2025", "2024-2025"): typed as "2024/2025" or "2024–2025", it is written so. */
  period?: string | undefined;
  /** With `assess --from`: the previous report's period, which the new one cannot repeat. */
  previousPeriod?: string | undefined;
}

export interface SetupContext {
  prompter: Prompter;
  t: Translate<MessageKey>;
  /** Parties whose name contains the term, accents and case ignored (the EU included). */
  searchParties: (term: string) => Party[];
  /** Called after every field, so that the draft holds what was typed. */
  save: (answers: RespondentAnswers) => Promise<void>;
}

type Field = 'party' | 'institution' | 'name' | 'contact' | 'role' | 'period';
const FIELDS: readonly Field[] = ['party', 'institution', 'name', 'contact', 'role', 'period'];
const NAV: readonly NavCommand[] = ['back', 'help', 'quit'];

const partyValue = (party: Party): string => `${party.type}:${party.code}`;

/** Why a typed period is refused, or true: a year or a range of years, not the previous report's. */
function periodVerdict(text: string, previous: string | undefined, t: Translate<MessageKey>): string | true {
  const period = parsePeriod(text);
  if (period === undefined) return t('invalid.period');
  if (previous !== undefined && samePeriod(previous, period)) return t('invalid.period-same', { period: periodKey(previous) });
  return true;
}

/**
 * Who answers and for what period. Each field shows what is known (from the
 * draft or the previous report) as its default; "back" returns to the field
 * before. Returns undefined for "save and quit".
 */
export async function askRespondent(initial: RespondentAnswers, ui: SetupContext): Promise<RespondentAnswers | undefined> {
  const current: RespondentAnswers = { ...initial, respondent: { ...initial.respondent } };
  const { t, prompter } = ui;
  prompter.write(t('setup.header'));
  let index = 0;
  while (index < FIELDS.length) {
    const field = FIELDS[index] ?? 'period';
    const asked =
      field === 'party'
        ? await prompter.search({
            message: t('setup.party'),
            nav: NAV,
            search: (term) => ui.searchParties(term).map((p) => ({ value: partyValue(p), label: `${p.name} (${p.code})` })),
            // Said, not left as an empty list, and never a line to pick: the official knows to try another spelling or the code.
            noResult: (term) => t('setup.no-party', { term: term.trim() }),
            default: current.respondent.party ? partyValue(current.respondent.party) : undefined,
          })
        : await prompter.input({
            message: field !== 'period' && current.respondent[field] ? `${t(`setup.${field}`)} ${t('setup.clear')}` : t(`setup.${field}`),
            nav: NAV,
            default: field === 'period' ? current.period : current.respondent[field],
            validate: (text) => (field === 'period' ? periodVerdict(text, current.previousPeriod, t) : true),
          });
    if (asked.kind === 'nav') {
      if (asked.command === 'quit') return undefined;
      if (asked.command === 'help') prompter.write(t('setup.help'));
      if (asked.command === 'back') index = Math.max(0, index - 1);
      continue;
    }
    const value = asked.value.trim();
    if (field === 'party') {
      const party = ui.searchParties('').find((p) => partyValue(p) === value);
      if (!party) continue;
      current.respondent.party = party;
    } else if (field === 'period') {
      current.period = parsePeriod(value) ?? value;
    } else if (value === '' || value === '-') {
      delete current.respondent[field];
    } else {
      current.respondent[field] = value;
    }
    await ui.save(current);
    index += 1;
  }
  return current;
}
