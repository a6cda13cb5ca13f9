/**
 * Plain constants of the document formats, without zod: the modules that need
 * only these (the walk, the checklist model, the levels) can load without the
 * schemas, which `assess` then needs only after its first prompt. The schemas
 * re-export them, so either import names the same values.
 */

/** Version of the document formats defined here. A reader meets an unknown one in `migrate.ts`. */
export const FORMAT_VERSION = 1;

/** Levels of obligation, most demanding first: a question citing several provisions takes the most demanding of their levels. */
export const OBLIGATION_LEVELS = ['mandatory', 'qualified', 'recommended', 'consider', 'none'] as const;

/** Codes that no option may use: they stand for "don't know" and "not applicable" in every answer. */
export const RESERVED_CODES = ['dont-know', 'not-applicable'] as const;

/** Built-in option codes of the yes-no and tri-state types, with their default scores. */
export const BUILTIN_OPTIONS = {
  'yes-no': [
    { code: 'yes', score: 1 },
    { code: 'no', score: 0 },
  ],
  'tri-state': [
    { code: 'yes', score: 1 },
    { code: 'partly', score: 0.5 },
    { code: 'no', score: 0 },
  ],
} as const;
