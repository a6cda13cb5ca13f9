/**
 * What a value of each described union is, as its JSON Schema says it and as
 * a message says it when a value fits none of the union's members
 * (zod-findings.ts writes the catalogue key `schema.about.<key>`, so that a
 * French message never ends in the schema's English). The schemas take their
 * descriptions from here; test/domain/schemas/union-about.test.ts checks that
 * every described union of a document schema is here and that the English
 * catalogue says the same.
 */
export const UNION_ABOUT = {
  party: 'The State (ISO 3166-1 alpha-3) or regional economic integration organization that responds.',
  'answer-value':
    'An option code, a list of codes (multiple choice), a number, a date (YYYY-MM-DD), a text, "dont-know" or "not-applicable"; null when not answered.',
  'localized-text': 'User-facing text: a map from language tag to text ({ en: "...", fr: "..." }), or a plain string in the default language.',
  'provision-title': 'A short title, in our own words (cite, never paste treaty text).',
  'level-part': 'Which sentences or words of the provision have this level, in our own words.',
  help: 'What a full "yes" requires, and any guidance.',
  unit: 'Number: the unit shown after the value.',
  evidence: 'Ask for evidence (e.g. the law that implements the provision): true, or the prompt to show.',
  assistance: 'Ask for technical-assistance needs: true for every declared category, or a list of category ids.',
  condition: 'When the question is asked: equals, in, answered, not, all or any.',
  indicator: 'How a later assessment sees progress.',
  'indicator-text': 'An indicator no checklist question measures.',
  score: 'Score in [0, 1] rounded to 4 decimals; null when nothing here is scorable ("not assessed").',
  band: 'Id of the maturity band of the score; null without a score.',
  'score-band': 'The band the score alone falls in, before the cap.',
};

export type UnionAboutKey = keyof typeof UNION_ABOUT;

const BY_DESCRIPTION: ReadonlyMap<string, UnionAboutKey> = new Map(
  Object.entries(UNION_ABOUT).map(([key, description]) => [description, key as UnionAboutKey]),
);

/** The key of a union's description; undefined for a description not written here (then a message leaves it out). */
export function unionAboutKey(description: string | undefined): UnionAboutKey | undefined {
  return description === undefined ? undefined : BY_DESCRIPTION.get(description);
}
