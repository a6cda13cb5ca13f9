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

/** A BCP-47 language tag such as `en`, `fr` or `pt-BR` (the schemas' `LanguageTag`). */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** `MAJOR.MINOR.PATCH` with an optional pre-release (the schemas' `SemVer`). */
export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

/**
 * An ISO 8601 date and time with a time zone: the pattern zod's `z.iso.datetime({ offset: true })`
 * checks (a report's dates), copied so that a report's input is checked without loading zod; a
 * test compares it with the one schemas/report.schema.json holds, which zod writes.
 */
export const TIMESTAMP_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
