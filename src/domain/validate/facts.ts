import type { LocalizedText } from '../schemas/common.js';
import type { ValidatedFile, ValidatedKind } from '../schemas/validate-output.js';

/** What a table row shows about a document, read even from one that fails its schema. */
export type DocumentFacts = Pick<
  ValidatedFile,
  'kind' | 'country' | 'period' | 'checklist' | 'score' | 'complete' | 'missing' | 'band' | 'cappedBy' | 'bandLabel'
>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const key of path) at = isRecord(at) && Object.hasOwn(at, key) ? at[key] : undefined;
  return at;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function kindOf(data: unknown): ValidatedKind | null {
  switch (field(data, 'kind')) {
    case 'report':
      return 'report';
    case 'answers':
      return field(data, 'draft') === undefined ? 'answers' : 'draft';
    case 'checklist':
      return 'checklist';
    case 'catalogue':
      return 'catalogue';
    case 'measures':
      return 'measures';
    default:
      return null;
  }
}

type CappedBy = NonNullable<ValidatedFile['cappedBy']>;

/** The core obligations a report says capped its band, with what it says of each; null when it says none did. */
function cappedBy(data: unknown): CappedBy | null {
  const ids = field(data, 'scores', 'overall', 'cap', 'obligations');
  if (!Array.isArray(ids)) return null;
  const core = field(data, 'core');
  const entries = Array.isArray(core) ? core : [];
  return ids
    .filter((id): id is string => typeof id === 'string')
    .map((question) => {
      const entry: unknown = entries.find((c) => field(c, 'question') === question);
      const sources = field(entry, 'sources');
      return {
        question,
        status: text(field(entry, 'status')) ?? 'not-met',
        sources: (Array.isArray(sources) ? sources : []).flatMap((s) => {
          const catalogue = text(field(s, 'catalogue'));
          const provision = text(field(s, 'provision'));
          return catalogue !== null && provision !== null ? [{ catalogue, provision }] : [];
        }),
      };
    });
}

/** A label as the schema allows one: a text, or texts by language. */
function localizedText(value: unknown): LocalizedText | null {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return null;
  const texts: Record<string, string> = {};
  for (const [language, label] of Object.entries(value)) if (typeof label === 'string') texts[language] = label;
  return texts;
}

/** The label the report's bands give its stated band: what the table shows in the reader's language. */
function bandLabel(data: unknown, band: string | null): LocalizedText | null {
  const bands = field(data, 'scoring', 'bands');
  if (band === null || !Array.isArray(bands)) return null;
  const found: unknown = bands.find((b) => field(b, 'id') === band);
  return localizedText(field(found, 'label'));
}

/**
 * Kind, party, period, checklist and stated score, each only when present
 * with the right type: a consultant still sees whose broken report it is.
 */
export function factsOf(data: unknown): DocumentFacts {
  const kind = kindOf(data);
  const reference = kind === 'checklist' ? data : field(data, 'checklist');
  const id = text(field(reference, 'id'));
  const version = text(field(reference, 'version'));
  const score = field(data, 'scores', 'overall', 'score');
  const complete = field(data, 'completeness', 'complete');
  const missing = field(data, 'completeness', 'missing');
  const isReport = kind === 'report';
  const band = isReport ? text(field(data, 'scores', 'overall', 'band')) : null;
  return {
    kind,
    country: text(field(data, 'respondent', 'party', 'code')),
    period: text(field(data, 'period')),
    checklist: id !== null && version !== null && kind !== 'catalogue' ? { id, version, hash: text(field(reference, 'hash')) } : null,
    score: isReport && typeof score === 'number' ? score : null,
    complete: isReport && typeof complete === 'boolean' ? complete : null,
    missing: isReport && Number.isSafeInteger(missing) && typeof missing === 'number' && missing >= 0 ? missing : null,
    band,
    bandLabel: bandLabel(data, band),
    cappedBy: isReport ? cappedBy(data) : null,
  };
}
