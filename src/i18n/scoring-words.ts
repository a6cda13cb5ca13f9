import type { ObligationLevel } from '../domain/schemas/common.js';
import { section, type SectionKey } from './messages/index.js';
import { localeOf } from './locale.js';
import { translator } from './translate.js';

/**
 * The words every output uses for what the scoring model states: a score as a
 * percentage, "not assessed", levels of obligation, citations of provisions and
 * the reason a band is capped. One room, so that the summary, show, render,
 * compare and validate never say the same thing two ways.
 */
type Key = SectionKey<'scoring'>;
const WORDS = section('scoring');

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
  const locale = localeOf(language);
  let out = article ?? path;
  for (const part of rest) out += (/^\d+$/.test(part) ? locale['provision.paragraph'] : locale['provision.letter']).replace('{n}', part);
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
  const separator = localeOf(language)['list-separator'];
  const name = (o: CapFacts['obligations'][number]): string => (o.sources[0] ? citeProvision(o.sources[0], language) : o.question);
  const named = (status: string): string[] => [...new Set(facts.obligations.filter((o) => o.status === status).map(name))];
  // Each list named once: `validate` writes this for every capped report of a batch.
  const notMet = named('not-met');
  const unknown = named('unknown');
  const reasons = [
    ...(notMet.length > 0 ? [t('cap.not-met', { list: notMet.join(separator) })] : []),
    ...(unknown.length > 0 ? [t('cap.unknown', { list: unknown.join(separator) })] : []),
  ];
  return t('capped', { reasons: reasons.join(separator) });
}
