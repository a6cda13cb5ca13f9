import type { Checklist } from '../schemas/checklist.js';
import type { Respondent } from '../schemas/answers.js';

/** The respondent's details an answers file asks for, in the order it lists them. */
export const RESPONDENT_FIELDS = ['institution', 'name', 'contact', 'role'] as const;

/** Section ids the checklist does not have, to report before building anything. */
export function unknownSections(checklist: Checklist, ids: readonly string[]): string[] {
  const known = new Set(checklist.sections.map((s) => s.id));
  return ids.filter((id) => !known.has(id));
}

/** The template writes empty strings for the respondent's details to fill in: empty means not given. */
export function compactRespondent(respondent: Respondent | undefined): Respondent | undefined {
  if (!respondent) return undefined;
  const out: Respondent = {};
  if (respondent.party) out.party = respondent.party;
  for (const field of RESPONDENT_FIELDS) {
    const value = respondent[field]?.trim();
    if (value) out[field] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
