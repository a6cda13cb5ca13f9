import type { DiagnosticCode } from '../codes.js';
import { phrase, type Finding, type Phrase } from '../diagnostic.js';
import { findParty, isNameOf, namedParty, searchKey, type PartyRecord } from '../parties/parties.js';
import { parsePeriod } from '../period.js';
import type { AnswersDocument, Party } from '../schemas/answers.js';
import { clipped } from '../clipped.js';

/** The codes of this module, from the table of `codes.ts`. */
type FactFindingCode = Extract<DiagnosticCode, `answer-${string}`>;

export interface CheckedFacts {
  /** The document with its period canonical and its party named from the data. */
  document: AnswersDocument;
  findings: Finding[];
}

const error = (code: FactFindingCode, message: Phrase, pointer: string): Finding => ({ code, severity: 'error', message, pointer });

/** The language the party is named in: the file's, else French for a French name ("Sénégal"), else English. */
function partyLanguage(document: AnswersDocument, record: PartyRecord, name: string): string {
  if (document.language !== undefined) return document.language;
  const written = name.trim();
  if (written === record.name.en) return 'en';
  if (written === record.name.fr) return 'fr';
  return searchKey(written) !== searchKey(record.name.en) && searchKey(written) === searchKey(record.name.fr) ? 'fr' : 'en';
}

function checkParty(document: AnswersDocument, party: Party): { party: Party; findings: Finding[] } {
  const record = findParty(party.type, party.code);
  if (!record) {
    // Other regional economic integration organizations than those the data knows may answer: their name is kept.
    if (party.type === 'organization') return { party, findings: [] };
    const message = phrase('answer-unknown-party', { code: clipped(party.code) });
    return { party, findings: [error('answer-unknown-party', message, '/respondent/party/code')] };
  }
  if (party.name.trim() !== '' && !isNameOf(record, party.name)) {
    const message = phrase('answer-party-name-mismatch', {
      name: clipped(party.name),
      code: record.code,
      en: record.name.en,
      fr: record.name.fr,
    });
    return { party, findings: [error('answer-party-name-mismatch', message, '/respondent/party/name')] };
  }
  return { party: namedParty(party, partyLanguage(document, record, party.name)), findings: [] };
}

/**
 * The facts of an answers file — its period and its party — are data, not
 * free text: the period is a year or a range of years, written canonical
 * ("2024/2025" becomes "2024-2025"); the party is known by its code and named
 * as the United Nations names it, and a name that contradicts the code is an
 * error. Pointers point into the document.
 */
export function checkAnswerFacts(document: AnswersDocument): CheckedFacts {
  const findings: Finding[] = [];
  const checked: AnswersDocument = { ...document };
  if (document.period !== undefined && document.period.trim() !== '') {
    const period = parsePeriod(document.period);
    if (period === undefined) {
      const message = phrase('answer-invalid-period', { period: clipped(document.period) });
      findings.push(error('answer-invalid-period', message, '/period'));
    } else checked.period = period;
  }
  const party = document.respondent?.party;
  if (party) {
    const result = checkParty(document, party);
    findings.push(...result.findings);
    checked.respondent = { ...document.respondent, party: result.party };
  }
  return { document: checked, findings };
}
