import type { ObligationLevel } from '../domain/schemas/common.js';
import { toolLanguage, translator, type Dictionary } from './translate.js';

/**
 * The words every output uses for what the scoring model states: a score as a
 * percentage, "not assessed", levels of obligation, citations of provisions and
 * the reason a band is capped. One room, so that the summary, show, render,
 * compare and validate never say the same thing two ways.
 */
const en = {
  'not-assessed': 'not assessed',
  'level.mandatory': 'mandatory obligation',
  'level.qualified': 'qualified obligation',
  'level.consider': 'obligation to consider',
  'level.recommended': 'recommendation',
  'level.none': 'no obligation of its own',
  'cap.not-met': 'core obligation not met: {list}',
  'cap.unknown': 'core obligation not known: {list}',
  capped: 'capped: {reasons}',
  'core.met': 'met',
  'core.not-met': 'not met',
  'core.unknown': 'not known',
  'core.not-applicable': 'not applicable',
  'cite.un-tip-protocol': 'Protocol, art. {path}',
  'cite.un-wg-tip-2009': 'Working Group (2009), para. {path}',
  'cite.un-toc': 'Convention, art. {path}',
  'cite.other': '{catalogue} {path}',
} as const;

type Key = keyof typeof en;

const fr: Record<Key, string> = {
  'not-assessed': 'non évalué',
  'level.mandatory': 'obligation impérative',
  'level.qualified': 'obligation nuancée',
  'level.consider': 'obligation d’envisager',
  'level.recommended': 'recommandation',
  'level.none': 'sans obligation propre',
  'cap.not-met': 'obligation fondamentale non remplie\u00a0: {list}',
  'cap.unknown': 'obligation fondamentale non connue\u00a0: {list}',
  capped: 'plafonné\u00a0: {reasons}',
  'core.met': 'remplie',
  'core.not-met': 'non remplie',
  'core.unknown': 'non connue',
  'core.not-applicable': 'sans objet',
  'cite.un-tip-protocol': 'Protocole, art. {path}',
  'cite.un-wg-tip-2009': 'Groupe de travail (2009), par. {path}',
  'cite.un-toc': 'Convention, art. {path}',
  'cite.other': '{catalogue} {path}',
};

const WORDS: Dictionary<Key> = { en, fr };

export function levelName(level: ObligationLevel, language: string): string {
  return translator(WORDS, language)(`level.${level}`);
}

export function coreStatusName(status: 'met' | 'not-met' | 'unknown' | 'not-applicable', language: string): string {
  return translator(WORDS, language)(`core.${status}`);
}

/**
 * A provision path as lawyers cite it: "5.2.c" is "5(2)(c)" in English and
 * "5, par. 2 c)" in French; "3.a" is "3(a)" / "3 a)".
 */
export function formatProvisionPath(path: string, language: string): string {
  const [article, ...rest] = path.split('.');
  const french = toolLanguage(language) === 'fr';
  let out = article ?? path;
  for (const part of rest) {
    if (/^\d+$/.test(part)) out += french ? `, par. ${part}` : `(${part})`;
    else out += french ? ` ${part})` : `(${part})`;
  }
  return out;
}

const CITED: ReadonlyMap<string, Key> = new Map([
  ['un-tip-protocol', 'cite.un-tip-protocol'],
  ['un-wg-tip-2009', 'cite.un-wg-tip-2009'],
  ['un-toc', 'cite.un-toc'],
]);

/** "Protocol, art. 5(1)" / "Protocole, art. 5, par. 1"; a catalogue the tool does not know is cited by its id. */
export function citeProvision(source: { catalogue: string; provision: string }, language: string): string {
  const t = translator(WORDS, language);
  const key = CITED.get(source.catalogue);
  const path = formatProvisionPath(source.provision, language);
  return key ? t(key, { path }) : t('cite.other', { catalogue: source.catalogue, path: source.provision });
}

export interface CapFacts {
  /** The core obligations holding the band down, with their status and what they cite. */
  obligations: ReadonlyArray<{ question: string; status: string; sources: ReadonlyArray<{ catalogue: string; provision: string }> }>;
}

/**
 * Why a band is capped, in the report's language: "capped: core obligation
 * not met: Protocol, art. 5(1)". Each obligation is named by the provisions it
 * cites (its first one), else by its question id.
 */
export function capReason(facts: CapFacts, language: string): string {
  const t = translator(WORDS, language);
  const separator = toolLanguage(language) === 'fr' ? '\u00a0; ' : '; ';
  const name = (o: CapFacts['obligations'][number]): string => (o.sources[0] ? citeProvision(o.sources[0], language) : o.question);
  const named = (status: string): string[] => [...new Set(facts.obligations.filter((o) => o.status === status).map(name))];
  const reasons = [
    ...(named('not-met').length > 0 ? [t('cap.not-met', { list: named('not-met').join(separator) })] : []),
    ...(named('unknown').length > 0 ? [t('cap.unknown', { list: named('unknown').join(separator) })] : []),
  ];
  return t('capped', { reasons: reasons.join(separator) });
}
